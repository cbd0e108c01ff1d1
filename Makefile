# Two commands: `make run` serves the demo on SQLite, `make test` passes the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: run test test-fast test-slow bench setup lint messages clean lock upgrade

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Exactly the locked packages, each checked against its hash, wheels only (the lock
# says so); reinstall only when the lock changes. A server installs the production
# lock alone: `make setup LOCKFILE=requirements.lock`.
LOCKFILE ?= requirements-dev.lock
$(VENV)/.installed: $(LOCKFILE) | $(BIN)/python
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r $(LOCKFILE)
	touch $@

# The locks are compiled by uv (pinned in requirements-dev.in) from the human-edited
# inputs for Python 3.11 on any platform; the dev lock is held to the production pins.
# `make lock` after editing an input keeps every pin that still fits; `make upgrade`
# takes the newest releases the inputs allow.
COMPILE = $(BIN)/uv pip compile --quiet --generate-hashes --universal --python-version 3.11 \
	--only-binary :all: --emit-build-options --custom-compile-command "make lock"

lock: $(VENV)/.installed
	$(COMPILE) $(UPGRADE) -o requirements.lock requirements.in
	$(COMPILE) $(UPGRADE) -o requirements-dev.lock requirements-dev.in

upgrade:
	$(MAKE) lock UPGRADE=--upgrade

# GNU gettext compiles the catalogues where it is installed; polib (already a
# dependency of wagtail-localize) does the same job where it is not.
setup: $(VENV)/.installed
	@if command -v msgfmt >/dev/null; then $(MANAGE) compilemessages --ignore=.venv -v 0; \
	else $(BIN)/python -c "import glob, polib; [polib.pofile(p).save_as_mofile(p[:-2] + 'mo') for p in glob.glob('locale/*/LC_MESSAGES/django.po')]"; fi

run: setup
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) load_demo_data
	$(MANAGE) issue_due_certificates
	@echo ""
	@echo "Demo accounts (password: demo-password):"
	@echo "  coordinator@example.org  coordinator, Wagtail admin at http://127.0.0.1:8000/admin/"
	@echo "  instructor@example.org   instructor"
	@echo "  parent@example.org       parent with two children"
	@echo "  teacher@example.org      teacher"
	@echo "  learner@example.org      adult learner"
	@echo "  admin@example.org        superuser, for setting up users and groups only"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:8000

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(MANAGE) makemigrations --check --dry-run -v 1

# Everything, on a throwaway PostgreSQL: lint, the suite on two workers, the slow
# suites apart, coverage of both (scripts/test-suite.sh).
test: lint
	BIN=$(BIN) scripts/with-postgres.sh scripts/test-suite.sh

# The inner loop: all but the slow suites, on SQLite, on two workers.
test-fast: setup
	$(BIN)/pytest -m "not slow" -n 2 -q

# The slow suites alone: browsers, servers, dumps, races and the demo loader.
test-slow: setup
	scripts/with-postgres.sh $(BIN)/pytest -m slow

bench: setup
	scripts/with-postgres.sh $(BIN)/python -m bench

messages: setup
	$(MANAGE) makemessages -l de -l pl -l cs -l en --ignore=.venv --ignore=tests --no-obsolete

clean:
	rm -rf $(VENV) db.sqlite3 media static_collected sent-mail .pytest_cache .coverage
