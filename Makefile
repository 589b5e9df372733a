# Two entry points for a fresh machine: `make run` and `make test`.
# Both create or refresh .venv by themselves; see README "Torch: CPU or GPU".
PYTHON ?= python3.11
VENV ?= .venv
# A CPU build of torch: this pin matches the wheel on our build machines' disk, and pip
# elsewhere takes it from TORCH_PIP_ARGS's index. Set TORCH_SPEC=skip to keep your own torch.
TORCH_SPEC ?= torch==2.13.0
TORCH_PIP_ARGS ?=
BIN := $(VENV)/bin
STAMP := $(VENV)/.phone-advisor-installed

.PHONY: run test lint venv bench clean

run: $(STAMP)
	$(BIN)/phone-advisor chat

# lint first: a finding or a type error stops the run before the (longer) tests
test: lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# ruff (style and likely bugs), then mypy (types): both configured in pyproject.toml
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/phone-advisor bench

venv: $(STAMP)

$(STAMP): pyproject.toml Makefile
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@if [ "$(TORCH_SPEC)" != "skip" ] && ! $(BIN)/python -c "import torch" 2>/dev/null; then \
		echo "installing $(TORCH_SPEC) (CPU build)"; \
		$(BIN)/python -m pip install --quiet $(TORCH_PIP_ARGS) "$(TORCH_SPEC)"; \
	fi
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
