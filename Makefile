# `make run`: install into .venv and run the main job on the bundled examples.
# `make test`: install into .venv and run the whole test suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= ./stancegraph-data
OUT    ?= site

.PHONY: run test install lint bench clean

run: $(VENV)/.installed
	$(BIN)/stancegraph ingest examples/ --store $(STORE)
	$(BIN)/stancegraph validate --store $(STORE)
	$(BIN)/stancegraph query 'SELECT ?holder ?target WHERE { ?holder sg:mediates ?target }' --store $(STORE)
	mkdir -p $(OUT)
	$(BIN)/stancegraph diff 2024 2025 --store $(STORE) --html $(OUT)/diff-2024-2025.html
	$(BIN)/stancegraph render --out $(OUT) --store $(STORE)
	@echo "open $(OUT)/index.html in a browser"

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q -ra

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

lint: $(VENV)/.installed
	$(BIN)/ruff check stancegraph extract graph output ontology tests benchmarks tools
	$(BIN)/mypy stancegraph extract graph output ontology

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) $(STORE) $(OUT) build *.egg-info
