# Python Under the Hood: every command a reader or contributor needs.
#   make serve    build the environment if needed, then serve the book with live reload
#   make test     build the environment and the interpreters if needed, then run every check
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export NO_MKDOCS_2_WARNING := 1
OFFLINE_ZIP := dist/python-under-the-hood-offline.zip

.PHONY: serve build offline test pythons record check-outputs bench pdf vendor lighthouse clean help

help:
	@sed -n 's/^#   //p' Makefile; echo "  also: make build | offline | pdf | pythons | record | check-outputs | bench | vendor | lighthouse | clean"

$(VENV)/.site: requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed to build the book (found " + sys.version.split()[0] + ")")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test: $(VENV)/.site tests/requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check -r tests/requirements.txt
	touch $@

serve: $(VENV)/.site
	$(VENV)/bin/mkdocs serve --strict

build: $(VENV)/.site
	$(VENV)/bin/mkdocs build --strict

offline: $(VENV)/.site
	$(PY) scripts/offline.py --zip $(OFFLINE_ZIP)

pdf: $(VENV)/.test
	$(PY) scripts/pdf.py

pythons:
	$(PYTHON) scripts/pythons.py

record: pythons
	$(PYTHON) scripts/record.py

check-outputs: pythons
	$(PYTHON) scripts/record.py --check

bench: pythons
	$(PYTHON) scripts/bench.py

vendor:
	$(PYTHON) scripts/vendor.py

lighthouse: $(VENV)/.site
	$(PY) scripts/lighthouse.py --check

test: $(VENV)/.test pythons
	$(PY) -m pytest tests

clean:
	rm -rf site site-offline dist .pytest_cache
