#!/usr/bin/env bash
# Regenerates openapi.yaml from the code: runs the contract test in update mode.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=openapi
cd "$OCOP_ROOT"
kc_started=0
trap '[ "$kc_started" = 1 ] && scripts/keycloak.sh stop; scripts/postgres.sh stop-if-ours || true' EXIT
scripts/keycloak.sh fetch
if ! http_ok "http://localhost:8180/realms/ocop/.well-known/openid-configuration"; then
  scripts/keycloak.sh start; kc_started=1
fi
scripts/postgres.sh ensure ocop_test
scripts/keycloak.sh wait
(cd backend && mvn -B -ntp -q test -Dtest=OpenApiContractTest -Dopenapi.update=true -Dsurefire.failIfNoSpecifiedTests=false)
log "openapi.yaml regenerated; review with git diff"
