# annotator: `make run` opens the app on the bundled samples, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench eval screenshots check-install translations clean

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

# Analysis quality: synthetic gold (dev/test), blind set, real news (dev/test) from the
# local cache (tests/data/realnews/README.md); rewrites the evaluation section of
# benchmarks/RESULTS.md. Real news is skipped with a message when its cache is absent.
eval: $(STAMP)
	$(BIN)/python -m benchmarks.run --only bench_evaluation --update

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m annotator.gui.screenshots docs/screenshots

# After changing interface strings: update the .ts, translate the new
# entries (pyside6-linguist), then run this again to compile the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate annotator/gui/*.py -ts resources/translations/annotator_ru.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/annotator_ru.ts -qm resources/translations/annotator_ru.qm

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
