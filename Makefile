# annotator: `make run` opens the app on the bundled samples, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench soak eval screenshots check-install translations package interop clean

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

# Analysis quality: synthetic gold (dev/test), blind set, real news (dev/test) from the
# local cache (tests/data/realnews/README.md); rewrites the evaluation section of
# benchmarks/RESULTS.md. Real news is skipped with a message when its cache is absent.
eval: $(STAMP)
	$(BIN)/python -m benchmarks.run --only bench_evaluation --update

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

# The desktop app: a PyInstaller one-folder build into dist/annotator/, then
# its smoke test.  Built in its own venv (.venv-package) with only the app's
# dependencies and the [package] extra, so no test library ends up inside.
PKG_VENV := .venv-package
PKG_STAMP := $(PKG_VENV)/.installed-package

$(PKG_STAMP): pyproject.toml
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PKG_VENV)/bin/python -m pip install --quiet ".[package]"
	touch $@

package: $(PKG_STAMP)
	$(PKG_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/annotator.spec
	rm -rf dist/annotator/linux && mkdir dist/annotator/linux
	cp -r packaging/linux/install.sh packaging/linux/*.desktop packaging/linux/*.xml packaging/linux/icons dist/annotator/linux/
	bash packaging/smoke_test.sh dist/annotator $(PKG_VENV)/bin/python

# Our exports in real Label Studio and doccano servers (minutes, a network install; not part
# of `make test`): see tools/interop/README.md.  Reuse the tools' venvs between runs with
# INTEROP_ARGS="--venvs ~/.cache/annotator-interop".
interop: $(STAMP)
	$(BIN)/python tools/interop/run.py $(INTEROP_ARGS)

clean:
	rm -rf $(VENV) $(PKG_VENV) build dist *.egg-info .pytest_cache
