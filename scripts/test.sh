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
timings=()
# suite NAME DESCRIPTION COMMAND… — runs one suite; its time and result go into the summary printed at the end.
suite() {
  local name="$1" started=$SECONDS status
  log "$name: $2"
  shift 2
  "$@"
  status=$?
  timings+=("$(printf '%-12s %5ss  %s' "$name" $((SECONDS - started)) "$([ "$status" = 0 ] && echo passed || echo FAILED)")")
  [ "$status" = 0 ] || failed=1
  return "$status"
}

# The runnable jar first (tests compiled, not run): the browser suites need it. -Dformat.check fails the build on
# unformatted code or unsorted imports (any other build, e.g. `make format`, fixes them).
suite build "mvn package without running the tests (the jar and the compiled tests)" \
  bash -c 'cd backend && mvn -B -ntp -Dformat.check -DskipTests package' && jar_built=1

if [ "$jar_built" = 1 ]; then
  # The backend tests run beside the contract, web-app and browser suites: each has its own databases and ports, and
  # the two cores are otherwise half idle while a browser waits (this halves the wall time of make test).
  backend_log="$OCOP_RUN_DIR/backend-tests.log"
  backend_started=$SECONDS
  (cd backend && mvn -B -ntp surefire:test) >"$backend_log" 2>&1 &
  backend_tests=$!
  log "backend: the tests run in the background (log: .run/backend-tests.log, printed when they end)"
fi
suite openapi "openapi.yaml: lint" scripts/lint-openapi.sh
suite frontend "generated types, TypeScript, ESLint, Prettier, unit tests, build and size" scripts/frontend.sh check

if [ "$jar_built" = 1 ]; then
  suite e2e "Swagger UI in Chromium and a generated client against the packaged backend" scripts/e2e.sh
  suite two-instances "two packaged backends on one database agree, share keys and limits, run each job once" \
    scripts/two-instances-e2e.sh
  suite spa-e2e "the web app in Chromium against the packaged backend with the demo data" scripts/frontend.sh e2e
  suite dataset "the national dataset at scale 0.01: same seed, same bytes; its invariants" \
    env OCOP_DATASET_DB="${test_db}_dataset" scripts/dataset.sh --scale 0.01 --check
  log "backend: waiting for the tests"
  wait "$backend_tests"
  backend_status=$?
  cat "$backend_log"
  timings+=("$(printf '%-12s %5ss  %s' backend $((SECONDS - backend_started)) \
    "$([ "$backend_status" = 0 ] && echo passed || echo FAILED)")")
  [ "$backend_status" = 0 ] || failed=1
  # After the backend tests: the backup check restores the seed database they load; the fault injection is
  # about timing, so it runs alone.
  suite backup "the seed database's backup restored into a new one answers the same" scripts/backup-check.sh
  suite faults "PostgreSQL restarts, a full disk, a killed backend and Keycloak cut off (a private cluster, :8380)" \
    scripts/faults-e2e.sh
else
  log "tests and e2e: skipped (the backend did not build)"
fi

log "suites (total $((SECONDS / 60)) min $((SECONDS % 60)) s):"
printf '  %s\n' "${timings[@]}"
if [ "$failed" = 0 ]; then log "all test suites passed"; else log "some test suites FAILED"; fi
exit "$failed"
