# Every developer command of the newsroom. `make help` lists them.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

SEEDS ?= ../shared/seeds
PYTHON := .venv/bin/python
MANAGE := $(PYTHON) manage.py
# Test processes in parallel (pytest-xdist); JOBS=0 runs the suite in one process.
JOBS ?= auto
PYTEST := $(PYTHON) -m pytest -n $(JOBS)
PYTEST_SQLITE := env -u DATABASE_URL $(PYTEST)
PYTEST_POSTGRES = DATABASE_URL="$(PG_TEST_URL)" $(PYTEST) -m "not browser and not sqlite_file"
HOST := 127.0.0.1
PORT := 8000
# The PostgreSQL half of the test run; scripts/ensure-postgres.sh makes the role if it can.
PG_TEST_URL ?= postgres://newsroom:newsroom@127.0.0.1:5432/newsroom
SEED_LISTINGS := $(SEEDS)/whats-new.txt $(SEEDS)/news-and-press-releases.txt
# Demo content beside the seeds: a listing of every other kind, a page of each story form, and
# Chinese and Mongolian translations of some of those pages (demo/translations/<language>/).
DEMO := demo
# The project's own catalogues only: not those of the packages in .venv, nor of the tests.
I18N_IGNORE := --ignore=.venv --ignore=var --ignore=bench --ignore=e2e --ignore=demo --ignore=node_modules \
	--ignore='*/tests/*'
LOAD_SEEDS = $(MANAGE) setup_site && \
	for file in $(SEED_LISTINGS) $(DEMO)/listings/*.txt; do $(MANAGE) import_listing "$$file"; done && \
	for file in $(DEMO)/stories/*.txt; do \
		path=$$($(MANAGE) import_story "$$file" | tee /dev/stderr | tail -n 1) && \
		for translation in $(DEMO)/translations/*/"$$(basename "$$file")"; do \
			[ -e "$$translation" ] || continue; \
			$(MANAGE) import_translation "$$translation" --of "$$path" \
				--language "$$(basename "$$(dirname "$$translation")")" || exit 1; \
		done || exit 1; \
	done

.PHONY: help install system-packages postgres run test test-sqlite test-postgres lint format \
	migrate demo bench clean translations messages

help: ## List the targets
	@echo "Usage: make TARGET   (variables: SEEDS=$(SEEDS) PG_TEST_URL=… JOBS=$(JOBS))"
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-16s %s\n", $$1, $$2}' \
		$(MAKEFILE_LIST)

install: ## Install uv if missing and the Python environment (.venv) from uv.lock
	@scripts/install.sh

system-packages: ## Install w3m, Chromium and gettext when missing (as root)
	@scripts/ensure-system-packages.sh

postgres: install ## Make sure PostgreSQL answers for the test run (installs and starts it as root)
	@PYTHON=$(PYTHON) scripts/ensure-postgres.sh "$(PG_TEST_URL)"

run: install translations migrate ## Set up the site with the seed content on first run, then serve it on :8000
	@if [ "$$($(MANAGE) shell -v 0 -c 'from newsroom.stories.models import StoryPage; print(int(StoryPage.objects.exists()))')" = 1 ]; then \
		echo "The database has stories already; the seeds are not loaded again."; \
		$(MANAGE) setup_site; \
		$(MANAGE) search_index; \
	elif ls $(SEED_LISTINGS) >/dev/null 2>&1; then \
		$(LOAD_SEEDS); \
	else \
		echo "Seed files not found in $(SEEDS) (set SEEDS=…); the site starts empty." >&2; \
		$(MANAGE) setup_site; \
	fi
	@WAGTAILADMIN_BASE_URL="$${WAGTAILADMIN_BASE_URL:-http://$(HOST):$(PORT)}" $(MANAGE) ensure_admin
	$(MANAGE) runserver $(HOST):$(PORT)

test: install system-packages translations postgres ## Checks, the whole suite on SQLite, then again on PostgreSQL
	$(MANAGE) makemigrations --check --dry-run
	$(MANAGE) check
	$(PYTEST_SQLITE)
	$(PYTEST_POSTGRES)

test-sqlite: install system-packages translations ## Only the whole suite on SQLite, browser tests included
	$(PYTEST_SQLITE)

test-postgres: postgres ## Only the suite without browser tests, on PostgreSQL
	$(PYTEST_POSTGRES)

lint: install ## ruff check, ruff format --check, and the layering of the apps (lint-imports)
	$(PYTHON) -m ruff check .
	$(PYTHON) -m ruff format --check .
	.venv/bin/lint-imports

format: install ## Fix what ruff can fix and format the code
	$(PYTHON) -m ruff check --fix .
	$(PYTHON) -m ruff format .

migrate: install ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: install translations migrate ## Load the seed listings and the demo content of demo/ again
	$(LOAD_SEEDS)

translations: install ## Compile the translation catalogues
	@if command -v msgfmt >/dev/null 2>&1; then \
		$(MANAGE) compilemessages $(I18N_IGNORE); \
	else \
		echo "msgfmt not found (make system-packages installs gettext): the committed .mo files are used." >&2; \
	fi

messages: install ## Extract the strings to translate into the catalogues
	$(MANAGE) makemessages -l zh_Hans -l mn --no-obsolete $(I18N_IGNORE)

bench: install ## Time the listings, searches, sitemaps and feeds (every script of bench/, on SQLite)
	$(PYTHON) bench/listing_render.py
	$(PYTHON) bench/search_query.py
	$(PYTHON) bench/sitemap_render.py
	$(PYTHON) bench/feed_render.py

clean: ## Remove caches and test output (keeps .venv and the database in var/)
	find . -path ./.venv -prune -o -type d -name __pycache__ -exec rm -rf {} +
	rm -rf .ruff_cache .pytest_cache test-results .coverage htmlcov
