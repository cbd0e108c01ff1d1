#!/usr/bin/env bash
# The whole suite, as `make test` runs it (inside scripts/with-postgres.sh): everything
# but the slow suites on two workers, then the slow suites (browsers, servers, dumps,
# races, the demo loader) in one process, and the coverage of both together.
set -euo pipefail
BIN=${BIN:-.venv/bin}
rm -f .coverage .coverage.*
"$BIN/pytest" -m "not slow" -n "${MINT_TEST_WORKERS:-2}" --cov --cov-report= "$@"
"$BIN/pytest" -m slow --cov --cov-append --cov-report=term:skip-covered "$@"
