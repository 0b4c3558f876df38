# Two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint eval bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test,eval,ray]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf out
	$(BIN)/threadclean clean seeds -o out -v
	@echo "tables: $$(ls -d out/[a-z]*/ | tr '\n' ' ')(read with polars.scan_parquet(\"out/posts/*.parquet\"))"
	$(BIN)/threadclean report out -o out/report.html
	@echo "report: $(CURDIR)/out/report.html"

lint: $(STAMP)
	$(BIN)/ruff check threadclean tests bench

test: lint
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/threadclean eval ../shared/corpus

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf out .pytest_cache .ruff_cache
