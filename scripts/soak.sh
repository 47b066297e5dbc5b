#!/usr/bin/env bash
# `make soak`: the long versions of the reliability runs whose short versions `make test` runs (docs/reliability.md).
# Needs what `make test` needs, and the jar (`mvn package`); PostgreSQL and Keycloak must be up (scripts/postgres.sh,
# scripts/keycloak.sh). Exits non-zero if any run failed.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=soak
cd "$OCOP_ROOT"

failed=0
log "faults: PostgreSQL restarted under load 10 times, then every other fault once"
OCOP_FAULTS_RESTARTS=10 scripts/faults-e2e.sh || failed=1

if [ "$failed" = 0 ]; then log "soak passed"; else log "soak FAILED"; fi
exit "$failed"
