# Two commands matter: `make run` (install, migrate, demo content, serve) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test install install-dev lint messages clean

$(BIN)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(BIN)/.installed-dev: $(BIN)/.installed requirements-dev.lock
	$(BIN)/pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@

install: $(BIN)/.installed

install-dev: $(BIN)/.installed-dev

run: install
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(MANAGE) ensure_demo_admin
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Two workers (pytest-xdist), each with its own test database and search indexes; each runs the
# tests on factory-built sites first, then those that read the demo (tests/conftest.py).
TEST_WORKERS ?= 2
test: install-dev
	$(BIN)/pytest -n $(TEST_WORKERS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Refreshes every app's catalogues: Italian is translated by hand in <app>/locale/it/; English,
# the source language, is filled from the source strings (msgen). Needs GNU gettext; the
# compiled .mo files are committed, so running the site does not.
APPS := $(patsubst %/locale,%,$(wildcard */locale))
# The languages translated by hand (.ci/run checks the same list); gettext names zh-hans zh_Hans.
TRANSLATED_LANGUAGES := it de fr zh_Hans ja ar
messages: install
	for app in $(APPS); do \
		(cd $$app && ../$(BIN)/python ../manage.py makemessages $(patsubst %,-l %,$(TRANSLATED_LANGUAGES)) -l en --no-obsolete) && \
		msgen --no-wrap -o $$app/locale/en/LC_MESSAGES/django.po $$app/locale/en/LC_MESSAGES/django.po && \
		(cd $$app && ../$(BIN)/python ../manage.py compilemessages) ; \
	done
	@for language in $(TRANSLATED_LANGUAGES); do for po in */locale/$$language/LC_MESSAGES/django.po; do \
		printf '%s: ' $$po; msgfmt --statistics -o /dev/null $$po; done; done

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles .pytest_cache
