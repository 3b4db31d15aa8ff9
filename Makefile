# The one entry point. `make demo` and `make test` work on a fresh machine: each creates
# .venv when it is missing and installs what it needs from this repository's own files.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
# A stamp per install set, remade when pyproject.toml changes.
STAMP_BASE := $(VENV)/.stamp-base
STAMP_TEST := $(VENV)/.stamp-test
STAMP_BENCH := $(VENV)/.stamp-bench

.PHONY: demo test check lint types pytest docs schemas bench wheel-check clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_BASE): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,docs]'
	touch $@

$(STAMP_BENCH): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	touch $@

demo: $(STAMP_BASE)
	$(PY) examples/demo.py

# Everything CI runs, with the thorough hypothesis profile.
test: export HYPOTHESIS_PROFILE = thorough
test: $(STAMP_TEST) lint types pytest docs wheel-check

# The same checks with the fast hypothesis profile, while you work.
check: export HYPOTHESIS_PROFILE = fast
check: $(STAMP_TEST) lint types pytest docs

lint: $(STAMP_TEST)
	$(BIN)/ruff check src tests benchmarks tools docs/conf.py examples
	$(BIN)/ruff format --check src tests benchmarks tools docs/conf.py examples

types: $(STAMP_TEST)
	$(BIN)/mypy

pytest: $(STAMP_TEST)
	$(BIN)/pytest -p no:cacheprovider --cov --cov-report=term

docs: $(STAMP_TEST)
	$(BIN)/sphinx-build -n -W --keep-going -q -b html docs docs/_build/html

schemas: $(STAMP_BASE)
	$(PY) -m newsmodel._schema > schemas/article.schema.json

wheel-check: $(STAMP_TEST)
	$(PY) tools/check_wheel.py

bench: $(STAMP_BENCH)
	@for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

clean:
	rm -rf $(VENV) dist build docs/_build .pytest_cache .mypy_cache .ruff_cache .hypothesis
