#!/usr/bin/env bash
# `make test`: starts what the tests need (PostgreSQL with a fresh ocop_test database, Keycloak
# with the realm imported), runs every test suite (backend, contract lint, browser and generated-client
# tests in e2e/, the web app's checks, unit and browser tests in frontend/), stops what it started, exits non-zero
# on failure.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=test
cd "$OCOP_ROOT"
ensure_run_dir

test_services_up
# Keycloak boots while PostgreSQL is prepared and Maven resolves.
# OCOP_TEST_DB lets parallel runs on one machine use separate databases.
test_db="${OCOP_TEST_DB:-ocop_test}"
export OCOP_TEST_DB="$test_db"
scripts/postgres.sh ensure "$test_db" || die "could not prepare PostgreSQL"
scripts/postgres.sh reset "$test_db" || die "could not reset the test database"
# The Trà Vinh 2019 dataset and its report are checked on a database of their own.
scripts/postgres.sh ensure "${test_db}_seed" && scripts/postgres.sh reset "${test_db}_seed" ||
  die "could not reset the seed test database"
scripts/keycloak.sh wait || die "Keycloak did not become ready"

failed=0
jar_built=0
# package = the tests, then the runnable jar that the browser tests start (compiled once). -Dformat.check fails
# the build on unformatted code or unsorted imports (any other build, e.g. `make format`, fixes them).
log "backend: mvn package (runs the tests)"
if (cd backend && mvn -B -ntp -Dformat.check package); then jar_built=1; else failed=1; fi

log "openapi.yaml: lint"
scripts/lint-openapi.sh || failed=1

log "frontend: generated types, TypeScript, ESLint, Prettier, unit tests, build and size"
scripts/frontend.sh check || failed=1

if [ "$jar_built" = 1 ]; then
  log "backup and restore: the seed database's backup restored into a new one answers the same"
  scripts/backup-check.sh || failed=1
  log "e2e: Swagger UI in Chromium and a generated client against the packaged backend"
  scripts/e2e.sh || failed=1
  log "two instances: two packaged backends on one database agree, share keys and limits, run each job once"
  scripts/two-instances-e2e.sh || failed=1
  log "faults: PostgreSQL restarts, a full disk, a killed backend and Keycloak cut off (a private cluster, :8380)"
  scripts/faults-e2e.sh || failed=1
  log "spa e2e: the web app in Chromium against the packaged backend with the demo data"
  scripts/frontend.sh e2e || failed=1
else
  log "e2e: skipped (the backend tests failed, so there is no fresh jar)"
fi

if [ "$failed" = 0 ]; then log "all test suites passed"; else log "some test suites FAILED"; fi
exit "$failed"
