# annotator: `make run` opens the app on the bundled samples, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench screenshots check-install translations interop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/annotator

lint: $(STAMP)
	$(BIN)/lint-imports --no-cache

test: $(STAMP)
	$(BIN)/lint-imports --no-cache
	$(BIN)/mypy annotator
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q
	$(MAKE) check-install

# A non-editable install into a clean venv must find resources/ at run time.
check-install: $(STAMP)
	bash packaging/check_install.sh $(PYTHON)

$(VENV)/.installed-bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	touch $@

bench: $(VENV)/.installed-bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m annotator.gui.screenshots docs/screenshots

# After changing interface strings: update the .ts, translate the new
# entries (pyside6-linguist), then run this again to compile the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate annotator/gui/*.py -ts resources/translations/annotator_ru.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/annotator_ru.ts -qm resources/translations/annotator_ru.qm

# Our exports in real Label Studio and doccano servers (minutes, a network install; not part
# of `make test`): see tools/interop/README.md.  Reuse the tools' venvs between runs with
# INTEROP_ARGS="--venvs ~/.cache/annotator-interop".
interop: $(STAMP)
	$(BIN)/python tools/interop/run.py $(INTEROP_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
