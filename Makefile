# Two commands on a fresh machine: `make demo` and `make test`. Everything they need is installed here.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup system demo test test-fast check build lint lock clean bench bench-hub hub

setup: $(STAMP)

# System packages and services (fonts need none: the package ships its Devanagari font).
system:
	@for script in .ci/setup.d/*.sh; do [ -e "$$script" ] || continue; echo "== $$script"; bash "$$script" || exit 1; done

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev,hub]'
	touch $@

demo: setup system
	$(BIN)/course demo

test: setup system
	$(BIN)/python -m pytest -n 2 --dist worksteal --durations=25

test-fast: setup
	$(BIN)/python -m pytest -n 2 --dist worksteal -m "not slow"

# Grading figures for the README (prints them; takes several minutes).
bench: setup system
	$(BIN)/python benchmarks/grading.py
	$(BIN)/python benchmarks/gradebook.py
	$(BIN)/python benchmarks/gate_batching.py
	$(BIN)/python benchmarks/live_view.py

# The hub's figures (root: real users on a throw-away hub; about 10 minutes): a participant's spawn against a bare
# jupyterhub-singleuser, and a wave of 20 logins in a minute (deploy/README.md, "A workshop morning's logins").
bench-hub: setup system
	$(BIN)/python benchmarks/spawn.py --rounds 7

# The one-machine JupyterHub (deploy/README.md), as root, in the foreground: install or update it
# (deploy/install.sh), then run it from where it was installed, on 127.0.0.1:8000 (put TLS in front).
# With systemd, `systemctl restart social-media-lab-hub` instead. Add accounts with deploy/add-user.sh.
HUB_ENV ?= /opt/social-media-lab/hub-env
HUB_HOME ?= /opt/social-media-lab/hub
HUB_STATE ?= /srv/jupyterhub
hub:
	SML_HUB_ENV=$(HUB_ENV) SML_HUB_HOME=$(HUB_HOME) SML_HUB_STATE=$(HUB_STATE) bash deploy/install.sh
	cd $(HUB_STATE) && SML_HUB_STATE=$(HUB_STATE) exec $(HUB_ENV)/bin/jupyterhub -f $(HUB_HOME)/jupyterhub_config.py

build: setup
	$(BIN)/course build

check: setup
	$(BIN)/course check

lint: setup
	$(BIN)/ruff check course tests datagen source

# After a deliberate upgrade: reinstall from pyproject without constraints, then pin what resolved.
lock:
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,hub]'
	( sed -n '1,3p' constraints.txt; $(BIN)/python -m pip freeze --exclude-editable ) > constraints.new
	mv constraints.new constraints.txt
	touch $(STAMP)

clean:
	rm -rf $(VENV) autograded feedback submitted gradebook.db .pytest_cache demo reports grades.csv
