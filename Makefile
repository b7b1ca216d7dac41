# Two commands on a fresh machine: `make run` and `make test`. See README.md.
PYTHON_BIN ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export DATA_DIR ?= $(CURDIR)/var
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install serve bench measure-regions clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	$(PYTHON_BIN) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

# Set up, import the seed pages, build the index and serve on http://127.0.0.1:8000
run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py import_articles seeds/ --quiet-duplicates
	$(PY) manage.py rebuild_index --noinput
	$(PY) manage.py collectstatic --noinput --verbosity 0
	$(MAKE) serve

serve:
	$(VENV)/bin/gunicorn config.wsgi --preload --bind $(HOST):$(PORT) --workers 2 --threads 4 --access-logfile -

# Each test run gets its own data directory, so tests never touch ./var.
test: install
	DATA_DIR=$$(mktemp -d) $(PY) -m pytest

bench: install
	$(PY) scripts/bench_search.py

measure-regions: install
	$(PY) scripts/measure_regions.py

clean:
	rm -rf $(VENV) var
