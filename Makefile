# One place for the commands the README and CI use. `make demo` and `make test` set everything up first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_OUT ?= demo-out

.PHONY: setup demo test test-fast lint check bench model clean

setup: $(VENV)/.installed

# torch is pinned to the CPU build that lies on this machine's disk; a plain `torch` would pull a multi-GB
# CUDA build. It is installed first so that bertopic/sentence-transformers find it satisfied.
$(VENV)/.installed: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet "torch==2.13.0"
	$(BIN)/python -m pip install --quiet -e ".[dev]"  # dev includes pyspark: tests/spark compare both engines
	touch $@

demo: setup
	rm -rf $(DEMO_OUT)
	$(BIN)/cxmine demo --out $(DEMO_OUT) --no-progress

test: setup
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not slow"

lint: setup
	$(BIN)/ruff check cxmine tests bench models
	$(BIN)/lint-imports

check: lint test

model: setup
	$(BIN)/python models/build_default_model.py

bench: setup
	for f in bench/bench_*.py; do $(BIN)/python $$f || exit 1; done

clean:
	rm -rf $(DEMO_OUT) .pytest_cache .ruff_cache
