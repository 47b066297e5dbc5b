#!/usr/bin/env bash
# The SPA in frontend/:
#   scripts/frontend.sh check   installs its packages, then: generated API types match openapi.yaml, TypeScript,
#                               ESLint, Prettier, unit tests (Vitest), the production build and its size budget
#   scripts/frontend.sh e2e     browser tests (Playwright in Debian's Chromium) of the built app against the packaged
#                               backend on :8080 with a fresh database (ocop_spa) loaded with the demo data, and the
#                               realm ocop on Keycloak :8180; prints `spa e2e: N passed, N failed`
#   scripts/frontend.sh build   installs and builds (frontend/dist), as `make run` serves it
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=spa
cd "$OCOP_ROOT"
ensure_run_dir
need_cmd node npm

build() {
  npm_ci frontend || die "npm ci failed in frontend/"
  (cd frontend && npm run --silent build) || die "the SPA did not build"
}

check() {
  local failed=0 step
  npm_ci frontend || die "npm ci failed in frontend/"
  for step in generate:check typecheck lint format:check; do
    log "npm run $step"
    (cd frontend && npm run --silent "$step") || failed=1
  done
  log "unit tests (vitest)"
  (cd frontend && npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json)
  [ $? = 0 ] || failed=1
  if [ -f frontend/test-results/vitest.json ]; then
    node -e 'const r = require(process.argv[1]);
      console.log(`spa unit: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);' "$PWD/frontend/test-results/vitest.json"
  fi
  log "production build and the first page's size"
  (cd frontend && npx vite build --logLevel warn && npm run --silent size) || failed=1
  return "$failed"
}

e2e() {
  local db="${OCOP_SPA_DB:-ocop_spa}" results=frontend/test-results/results.json status
  backend_pid=""  # global: the EXIT trap stops it after this function returns
  trap backend_stop EXIT
  [ -f "$OCOP_BACKEND_JAR" ] || die "$OCOP_BACKEND_JAR is missing: build it first (cd backend && mvn package)"
  port_open 127.0.0.1 8080 && die "port 8080 is taken (is \`make run\` running?): stop it first"
  port_open 127.0.0.1 5173 && die "port 5173 is taken (is \`make run\` running?): stop it first"
  http_ok "http://localhost:8180/realms/ocop/.well-known/openid-configuration" ||
    die "Keycloak does not serve realm ocop on http://localhost:8180 (scripts/keycloak.sh start)"
  [ -x /usr/bin/chromium ] || apt_install chromium
  [ -f frontend/dist/index.html ] || build
  scripts/postgres.sh ensure "$db" && scripts/postgres.sh reset "$db" || die "could not prepare the database $db"
  log "starting the backend on $OCOP_BACKEND_URL with database $db (log: .run/spa-backend.log)"
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$db" backend_start "$OCOP_RUN_DIR/spa-backend.log" ||
    die "the backend did not become ready"
  log "loading the demo data"
  python3 scripts/demo_data.py --api "$OCOP_BACKEND_URL" --keycloak http://localhost:8180 >/dev/null ||
    die "loading the demo data failed"
  log "playwright test (frontend/e2e)"
  rm -f "$results"
  (cd frontend && CI=1 npx playwright test)
  status=$?
  if [ -f "$results" ]; then
    # The failures again at the very end, short: a CI log is often read from its tail only.
    node -e 'const r = require(process.argv[1]), s = r.stats;
      const walk = (suite) => [...(suite.specs ?? []), ...(suite.suites ?? []).flatMap(walk)];
      for (const spec of r.suites.flatMap(walk))
        for (const t of spec.tests)
          for (const res of t.results.filter((x) => x.status !== "passed" && x.status !== "skipped")) {
            const message = (res.error?.message ?? res.status).replace(/\u001b\[[0-9;]*m/g, "").split("\n").slice(0, 6);
            console.log(`FAILED ${spec.file}:${spec.line} ${spec.title}\n  ${message.join("\n  ")}`);
          }
      console.log(`spa e2e: ${s.expected + s.flaky} passed, ${s.unexpected} failed, ${s.skipped} skipped`);' "$PWD/$results"
  else
    echo "spa e2e: 0 passed, 1 failed"
  fi
  return "$status"
}

case "${1:-}" in
  check) check ;;
  build) build ;;
  e2e) e2e ;;
  *) die "usage: scripts/frontend.sh check|build|e2e" ;;
esac
