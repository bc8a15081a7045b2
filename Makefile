# Two commands for a fresh machine:
#   make run    set up a virtualenv, install, run the daemon on config/watcher.example.toml
#               (a broker for it: mosquitto -c config/mosquitto.conf)
#   make test   set up, install what the tests need (mosquitto included), run lint, types, tests
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CONFIG ?= config/watcher.example.toml
PYTEST_ARGS ?=

.PHONY: run test venv install install-test mosquitto lint typecheck demo bench clean

# A .venv made by another Python (or one since removed) is made again, not reused.
PY_OK := import sys; sys.exit(sys.version_info < (3, 11))
venv:
	@if [ -d $(VENV) ] && ! $(BIN)/python -c "$(PY_OK)" >/dev/null 2>&1; then \
	  echo "$(VENV) was made by a missing or too old Python: making it again"; rm -rf $(VENV); fi
	@if [ ! -x $(BIN)/python ]; then \
	  $(PYTHON) -c "$(PY_OK)" >/dev/null 2>&1 || { \
	    echo "watcher needs Python 3.11 or newer; $(PYTHON) is not: make PYTHON=python3.12 ..."; \
	    exit 1; }; \
	  echo "making $(VENV) with $$($(PYTHON) --version)"; \
	  $(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --quiet --upgrade pip; fi

# Installs again only when the packaging files changed. setuptools prints a notice on
# every editable install of a package with mapped folders (seeds/ is watcher/seeds in
# the wheel); it is information only, and left out here.
PIP_QUIET := PYTHONWARNINGS="ignore:Editable installation" $(BIN)/pip install --quiet

install: venv
	@if [ ! -f $(VENV)/.installed ] || [ pyproject.toml -nt $(VENV)/.installed ] \
	    || [ setup.py -nt $(VENV)/.installed ]; then \
	  echo "installing watcher into $(VENV)"; \
	  $(PIP_QUIET) -e . && touch $(VENV)/.installed; fi

install-test: venv
	@if [ ! -f $(VENV)/.installed-test ] || [ pyproject.toml -nt $(VENV)/.installed-test ] \
	    || [ setup.py -nt $(VENV)/.installed-test ]; then \
	  echo "installing watcher and its test tools into $(VENV)"; \
	  $(PIP_QUIET) -e '.[test]' && touch $(VENV)/.installed $(VENV)/.installed-test; fi

# `watcher run` checks the config first and stops on any problem.
run: install
	@mkdir -p var
	$(BIN)/watcher run -c $(CONFIG)

demo: install
	$(BIN)/watcher demo

# The integration tests start their own mosquitto processes on free ports; the TLS
# test makes its certificates with openssl.
mosquitto:
	@missing=""; \
	  { command -v mosquitto >/dev/null 2>&1 || test -x /usr/sbin/mosquitto; } || missing="mosquitto"; \
	  command -v mosquitto_passwd >/dev/null 2>&1 || missing="$$missing mosquitto"; \
	  command -v openssl >/dev/null 2>&1 || missing="$$missing openssl"; \
	  if [ -n "$$missing" ]; then \
	    echo "installing$$missing (apt-get)"; \
	    SUDO=$$(command -v sudo >/dev/null 2>&1 && [ "$$(id -u)" != 0 ] && echo sudo); \
	    $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null \
	    || { echo "could not install$$missing: install with your package manager (apt-get install$$missing)"; exit 1; }; \
	  fi

lint: install-test
	$(BIN)/ruff check watcher tests bench
	$(BIN)/ruff format --check watcher

typecheck: install-test
	$(BIN)/mypy

# pytest exits 5 when no test was collected: that is a failure here too.
test: install-test mosquitto lint typecheck
	$(BIN)/python -m pytest -n 2 -q $(PYTEST_ARGS); rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 1; fi; exit $$rc

bench: install-test
	$(BIN)/python bench/bench_classify.py
	$(BIN)/python bench/bench_dedup.py
	$(BIN)/python bench/bench_poll_write.py

clean:
	rm -rf $(VENV) var build .pytest_cache .mypy_cache .ruff_cache *.egg-info
