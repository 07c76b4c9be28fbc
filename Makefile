# `make run`: install into .venv and run the main job on the bundled examples.
# `make test`: install into .venv and run the whole test suite.
# `make lock`: refresh requirements.lock after a dependency in pyproject.toml changed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= ./stancegraph-data
OUT    ?= site
# The exact versions (with hashes) that .venv is made of: pyproject.toml's dependencies, its
# `test` and `build` extras, its build backend and pip, resolved for every platform and
# Python >= 3.11.
LOCK   := requirements.lock
# uv resolves the lock (`make lock` only; installing needs nothing but pip). Pinned so that
# two people running `make lock` on the same pyproject.toml get the same file; --no-config
# keeps a uv.toml of the machine or user out of it.
UV_VERSION := 0.13.8
UV     := build/lock-tools/bin/uv
UV_STAMP := build/lock-tools/uv-$(UV_VERSION)
LOCK_ARGS := --no-config --extra test --extra build --extra dask --extra archives --universal --python-version 3.11 --generate-hashes \
	--custom-compile-command 'make lock' --quiet

.PHONY: run test install lock lock-upgrade lint bench clean

run: $(VENV)/.installed
	$(BIN)/stancegraph ingest examples/ --store $(STORE)
	$(BIN)/stancegraph validate --store $(STORE)
	$(BIN)/stancegraph query 'SELECT ?holder ?target WHERE { ?holder sg:mediates ?target }' --store $(STORE)
	mkdir -p $(OUT)
	# either order links both ways: the index lists diff*.html pages (render finds them, a
	# later diff adds itself) and a diff*.html page links the pair timelines on graph.html
	$(BIN)/stancegraph diff 2024 2025 --store $(STORE) --html $(OUT)/diff-2024-2025.html
	$(BIN)/stancegraph render --out $(OUT) --store $(STORE)
	@echo "open $(OUT)/index.html in a browser"

test: $(VENV)/.installed
	$(BIN)/python -m pytest -q -ra

install: $(VENV)/.installed

# A new lock means a new venv: made from scratch, so that nothing the old lock (or a hand
# install) left behind stays. pip first replaces itself with the lock's pip (the one that
# comes with the Python at hand differs from machine to machine), then installs the rest;
# it checks every file against the lock's hashes.
$(VENV)/.locked: $(LOCK)
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	awk '/^[^ #]/ { pip = /^pip==/ } pip' $(LOCK) > $(VENV)/pip.lock
	$(BIN)/python -m pip install -q --require-hashes -r $(VENV)/pip.lock
	$(BIN)/python -m pip install -q --require-hashes -r $(LOCK)
	touch $@

# The project itself, editable, without resolving anything again: its dependencies and its
# build backend (setuptools, hence --no-build-isolation) are the lock's.
# -qq: setuptools prints notes about editable installs at warning level; errors still show.
$(VENV)/.installed: $(VENV)/.locked pyproject.toml
	$(BIN)/python -m pip install -qq --no-deps --no-build-isolation -e .
	touch $@

# Keeps every version already in the lock and resolves only what is new or no longer fits
# pyproject.toml's ranges; `make lock-upgrade` moves everything to the newest that fits.
# The build backend (pyproject.toml's build-system.requires) and pip go in through stdin.
# The lock is replaced only when it changes, so an unchanged lock does not rebuild .venv.
lock: $(UV_STAMP)
	cp $(LOCK) build/$(LOCK) 2>/dev/null || true
	$(PYTHON) -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["build-system"]["requires"], "pip", sep="\n")' \
	  | $(UV) pip compile pyproject.toml - $(LOCK_ARGS) $(UPGRADE) -o build/$(LOCK)
	@if cmp -s build/$(LOCK) $(LOCK); then echo "$(LOCK) is unchanged"; \
	else mv build/$(LOCK) $(LOCK); echo "wrote $(LOCK): commit it with the change that needed it"; fi

lock-upgrade: UPGRADE := --upgrade
lock-upgrade: lock

$(UV_STAMP):
	$(PYTHON) -m venv build/lock-tools
	build/lock-tools/bin/python -m pip install -q uv==$(UV_VERSION)
	touch $@

lint: $(VENV)/.installed
	$(BIN)/ruff check stancegraph extract graph output ontology tests benchmarks tools
	$(BIN)/mypy stancegraph extract graph output ontology

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/extract_speed.py

clean:
	rm -rf $(VENV) $(STORE) $(OUT) build *.egg-info
