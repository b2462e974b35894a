# Two commands do all set-up on a fresh Debian machine with only python3:
#   make run   - create .venv if missing, install, open the app on the demo project
#   make test  - same set-up, run the whole suite with Qt offscreen
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.zp-installed

.PHONY: run test lint bench screenshot clean-venv

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	# gdal-utils carries GDAL's validate_gpkg.py (plain sqlite3); its "gdal"
	# dependency would need a compiler and libgdal, which the validator does not use.
	$(PY) -m pip install --quiet --no-deps "gdal-utils>=3.8"
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(PY) -m ruff check .
	$(VENV)/bin/lint-imports

bench: $(STAMP)
	for f in bench/bench_*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$f || exit 1; done

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py --out build

clean-venv:
	rm -rf $(VENV)
