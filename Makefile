# annotator: `make run` opens the app on the bundled samples, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench soak screenshots check-install translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# [scale] (dask) too, so that the Dask recipe's test runs rather than skips.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,scale]"
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
	$(BIN)/python -m pip install --quiet -e ".[test,scale,bench]"
	touch $@

bench: $(VENV)/.installed-bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

# Bounded kill -9 loops (import, workbench edits) and two-writer runs;
# SOAK_TRIALS (default 20) and SOAK_WRITER_RUNS (default 3) change the counts.
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.soak

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m annotator.gui.screenshots docs/screenshots

# After changing interface strings: update the .ts, translate the new
# entries (pyside6-linguist), then run this again to compile the .qm.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate annotator/gui/*.py -ts resources/translations/annotator_ru.ts -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/annotator_ru.ts -qm resources/translations/annotator_ru.qm

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
