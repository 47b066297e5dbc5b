#!/usr/bin/env bash
# Browser and generated-client tests (e2e/, Playwright in Debian's Chromium) against the packaged backend.
# Installs what is missing (Chromium with apt, e2e/node_modules with npm ci), starts
# backend/target/quarkus-app/quarkus-run.jar on :8080 against a fresh database of its own (ocop_e2e),
# runs the tests, prints `N passed, N failed` and stops the backend; then the change-feed check
# (scripts/feed-e2e.sh: two backends on one database, a restart, the integrator example as reader). Needs the jar (`mvn package`),
# PostgreSQL and Keycloak serving realm ocop on :8180; `make test` provides all three.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=e2e
cd "$OCOP_ROOT"
ensure_run_dir

E2E_DB="${OCOP_E2E_DB:-ocop_e2e}"
CHROMIUM=/usr/bin/chromium
RESULTS=e2e/test-results/results.json
backend_pid=""
trap backend_stop EXIT
trap 'exit 130' INT TERM

need_cmd java curl npm node
[ -f "$OCOP_BACKEND_JAR" ] || die "$OCOP_BACKEND_JAR is missing: build it first (cd backend && mvn package)"
if port_open 127.0.0.1 8080; then
  die "port 8080 is taken (is \`make run\` running?): the browser tests start their own backend there; stop it first"
fi
http_ok "http://localhost:8180/realms/ocop/.well-known/openid-configuration" ||
  die "Keycloak does not serve realm ocop on http://localhost:8180 (scripts/keycloak.sh start)"

[ -x "$CHROMIUM" ] || apt_install chromium
npm_ci e2e || die "npm ci failed in e2e/"

scripts/postgres.sh ensure "$E2E_DB" && scripts/postgres.sh reset "$E2E_DB" ||
  die "could not prepare the database $E2E_DB"
log "starting the backend on $OCOP_BACKEND_URL with database $E2E_DB (log: .run/e2e-backend.log)"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$E2E_DB" backend_start "$OCOP_RUN_DIR/e2e-backend.log" ||
  die "the backend did not become ready"

log "playwright test (e2e/)"
rm -f "$RESULTS"
(cd e2e && OCOP_API_URL="$OCOP_BACKEND_URL" npx playwright test)
status=$?
if [ -f "$RESULTS" ]; then
  # Playwright's own summary is not a line CI reads; its JSON report gives the counts.
  node -e 'const s = require(process.argv[1]).stats;
    console.log(`e2e: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped`);' "$PWD/$RESULTS"
else
  echo "e2e: 0 passed, 1 failed"
fi
backend_stop
# The change feed with two instances and a restart, read by the integrator example (ports 8080 and 8082).
scripts/feed-e2e.sh || status=1
exit "$status"
