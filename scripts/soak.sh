#!/usr/bin/env bash
# `make soak`: the long versions of the checks that `make test` runs short (issue 14, docs/reliability.md). Starts
# what they need like scripts/test.sh (PostgreSQL with fresh databases, Keycloak with the realm), runs each step,
# stops what it started, exits non-zero if any step failed. Each step prints its seed; rerun one with the printed
# command. Add a step with `step NAME COMMAND...` below.
#   FUZZ_SEED (default: today's date, e.g. 20261130), FUZZ_CASES (default 60000); faults: PostgreSQL restarted under
#   load 10 times (OCOP_FAULTS_RESTARTS), then every other fault once
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=soak
cd "$OCOP_ROOT"
ensure_run_dir

test_services_up
soak_db="${OCOP_TEST_DB:-ocop_soak}"
export OCOP_TEST_DB="$soak_db"
scripts/postgres.sh ensure "$soak_db" "${soak_db}_seed" || die "could not prepare PostgreSQL"
scripts/postgres.sh reset "$soak_db" "${soak_db}_seed" || die "could not reset the soak databases"
scripts/keycloak.sh wait || die "Keycloak did not become ready"

failed=0
passed=0
# step NAME COMMAND... — runs one long check, counts it as passed or failed.
step() {
  local name="$1"
  shift
  log "$name: $*"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); warn "$name FAILED"; fi
}

# Backend test classes run with their long settings (one Quarkus start per step).
backend() { (cd backend && mvn -B -ntp -Dsurefire.failIfNoSpecifiedTests=false "$@" test); }

fuzz_seed="${FUZZ_SEED:-$(date -u +%Y%m%d)}"
fuzz_cases="${FUZZ_CASES:-60000}"
log "fuzz: seed $fuzz_seed, $fuzz_cases cases (rerun: FUZZ_SEED=$fuzz_seed FUZZ_CASES=$fuzz_cases make soak)"
step "fuzz" backend -Dtest=HostileInputTest -Dfuzz.seed="$fuzz_seed" -Dfuzz.cases="$fuzz_cases"

# The fault runs start the packaged backend (built here if missing) against a private PostgreSQL.
[ -f "$OCOP_BACKEND_JAR" ] || (cd backend && mvn -B -ntp -q -DskipTests package) || die "could not build the jar"
step "faults" env OCOP_FAULTS_RESTARTS=10 scripts/faults-e2e.sh

log "soak: $passed passed, $failed failed"
[ "$failed" = 0 ]
