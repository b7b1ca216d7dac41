# Two commands on a fresh machine: `make run` and `make test`. See README.md.
PYTHON_BIN ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export DATA_DIR ?= $(CURDIR)/var
HOST ?= 127.0.0.1
PORT ?= 8000
# The search engine: whoosh (default), solr (start `make solr` first; SOLR_URL defaults to its port 8983)
# or database (brute force). `make bench SOLR_URL=…` adds Solr to the benchmark.
export SEARCH_BACKEND ?= whoosh
SOLR_PORT ?= 8983

.PHONY: run test install serve bench loadtest measure-regions clean solr

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
	$(VENV)/bin/gunicorn config.wsgi -c config/gunicorn.py --preload --bind $(HOST):$(PORT) --workers 2 --threads 4 --access-logfile -

# Each test run gets its own data directory, so tests never touch ./var.
test: install
	DATA_DIR=$$(mktemp -d) $(PY) -m pytest

# A local SolrCloud (2 nodes on SOLR_PORT and SOLR_PORT+1, embedded ZooKeeper, a 2-shard collection made
# from solr/configset) in the foreground; needs Java 17 and Maven (artifacts from Maven Central only).
# Then `make run SEARCH_BACKEND=solr` in another shell.
solr:
	SOLR_PORT=$(SOLR_PORT) solr/run.sh

# `make bench BENCH_SIZES="10000 100000"` for a shorter run (1M takes about 45 minutes here). The largest
# size ends with 1,000 pages uploaded into its index through a real server while searchers run.
BENCH_SIZES ?= 10000 100000 1000000
bench: install
	$(PY) scripts/bench_search.py --sizes $(BENCH_SIZES) --incremental $(lastword $(BENCH_SIZES))

# 4 uploaders (20-page batches) and 4 searchers for 60 s against gunicorn started as `make serve` starts it,
# with its own DATA_DIR and port; prints pages stored, searchable when the upload answered, latencies and
# check_index.
loadtest: install
	$(PY) scripts/loadtest.py

measure-regions: install
	$(PY) scripts/measure_regions.py

clean:
	rm -rf $(VENV) var
