# Diplomatic-news workbook. `make` lists the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INPUT ?= data/raw
JOBS ?= 0

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

## setup: create .venv and install the pinned requirements (nothing else)
setup: $(STAMP)

## report: annotate data/raw (or INPUT=folder) and build the HTML reports in reports/
report: $(STAMP)
	$(BIN)/python -m analysis report $(INPUT)

## annotate: only write the annotated tables to data/processed
annotate: $(STAMP)
	$(BIN)/python -m analysis annotate $(INPUT) --jobs $(JOBS)

## test: run the whole test suite (notebooks, browser and JupyterLab checks included)
test: $(STAMP)
	$(BIN)/python -m pytest -n 2 --dist loadgroup

## evaluate: score the annotations of the sample corpus against tests/fixtures/gold.json
evaluate: $(STAMP)
	$(BIN)/python -m analysis evaluate

## bench: measure annotation speed (DOCS=2000 JOBS=1 by default)
bench: $(STAMP)
	$(BIN)/python -m analysis bench --docs $${DOCS:-2000} --jobs $${JOBS:-1}

## lab: start JupyterLab on notebooks/ with the project's kernel
lab: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

## clean: remove generated tables, caches and reports (not .venv)
clean:
	rm -rf data/processed data/cache reports .pytest_cache

## help: list the targets
help:
	@grep -hE '^## ' $(MAKEFILE_LIST) | sed -e 's/^## /  /' -e 's/: /\t/' | expand -t 14

.PHONY: setup report annotate test evaluate bench lab clean help
