#!/usr/bin/env bash
# `make run`: installs what is missing, starts PostgreSQL, Keycloak (realm ocop) and the backend, loads the
# Trà Vinh 2019 and Vĩnh Long 2026 demo data through the API (scripts/demo_data.py; a no-op once loaded), prints the URLs and
# demo logins, and stays in the foreground; Ctrl-C or SIGTERM stops what it started.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=run
cd "$OCOP_ROOT"
ensure_run_dir

BACKEND_URL=$OCOP_BACKEND_URL
kc_started=0
backend_pid=""
spa_pid=""
cleanup() {
  trap - EXIT INT TERM
  [ -n "$spa_pid" ] && kill "$spa_pid" 2>/dev/null
  backend_stop
  [ "$kc_started" = 1 ] && scripts/keycloak.sh stop
  scripts/postgres.sh stop-if-ours
}
trap cleanup EXIT
trap 'exit 0' INT TERM  # a requested stop is a clean exit

need_cmd java mvn curl python3 node npm
if port_open 127.0.0.1 8080; then
  die "port 8080 is taken — is \`make run\` already running? Stop it first."
fi
port_open 127.0.0.1 5173 && die "port 5173 is taken — is the web app already served? Stop it first."

scripts/keycloak.sh fetch || die "could not fetch Keycloak"
if ! http_ok "http://localhost:8180/realms/ocop/.well-known/openid-configuration"; then
  scripts/keycloak.sh start || die "could not start Keycloak"
  kc_started=1
fi
scripts/postgres.sh ensure ocop || die "could not prepare PostgreSQL"
log "building the backend (mvn package) while Keycloak starts…"
(cd backend && mvn -B -ntp -q -DskipTests package) || die "backend build failed"
log "building the web app (frontend/dist)…"
scripts/frontend.sh build || die "the web app did not build"
scripts/keycloak.sh wait || die "Keycloak did not become ready"

log "starting the backend on $BACKEND_URL (log: .run/backend.log)"
backend_start "$OCOP_RUN_DIR/backend.log" || die "the backend did not become ready"
log "loading the Trà Vinh 2019 and Vĩnh Long 2026 demo data through the API (once; about three minutes)…"
demo_summary=$(python3 scripts/demo_data.py --api "$BACKEND_URL" --keycloak http://localhost:8180) ||
  die "loading the demo data failed (see above)"
demo_summary=$(printf '%s\n' "$demo_summary" | sed '2,$s/^/                       /')
log "serving the web app on $OCOP_SPA_URL (log: .run/spa.log)"
(cd frontend && exec node node_modules/vite/bin/vite.js preview --port 5173 --strictPort) >"$OCOP_RUN_DIR/spa.log" 2>&1 &
spa_pid=$!
wait_until 60 "the web app" http_ok "$OCOP_SPA_URL/config.json" || die "the web app did not start (see .run/spa.log)"

cat <<TXT

  OCOP Registry is running.
    Web app            $OCOP_SPA_URL   (log in with a demo user below; public lookup: $OCOP_SPA_URL/public/products)
    Demo data          $demo_summary
    API                $BACKEND_URL/api/v1   (e.g. $BACKEND_URL/api/v1/admin-units?parentCode=86, the communes of today)
    Swagger UI         $BACKEND_URL/q/swagger-ui   (Authorize → authorizationCode with PKCE, client ocop-spa;
                                                    or clientCredentials, client ocop-integrator-demo)
    OpenAPI            $BACKEND_URL/q/openapi
    Health             $BACKEND_URL/q/health/ready
    Keycloak           http://localhost:8180   (realm ocop; admin console: admin / admin)

  Demo logins (password: demo)
    office                                  OCOP office (ocop-admin)
    pc1, pc2, pc3                           provincial council
    dc-travinh-1..3, dc-cauke-1..3          district councils of Thành phố Trà Vinh (842), Cầu Kè (845)
    dc-canglong-, dc-tieucan-, dc-chauthanh-, dc-caungang-, dc-tracu-, dc-duyenhai-, dc-txduyenhai-1..3
                                            district councils of 844, 846, 847, 848, 849, 850, 851
    do-travinh, do-cauke                    district officers of Thành phố Trà Vinh, Cầu Kè
    client ocop-integrator-demo             integrator (client credentials, secret ocop-integrator-demo-secret)
    client ocop-integrator-partner-demo     integrator bound to partner Saigon Co.op (its contracts only;
                                            secret ocop-integrator-partner-demo-secret)
  Today's map (Tỉnh Vĩnh Long 86 since 2025-07-01) and law (26/2026 since 2026-07-21):
    office-vinhlong                         OCOP office of the new Vĩnh Long (ocop-admin)
    pc-vinhlong (with pc2, pc3)             provincial council of the 2026 round
    co-cauke, co-travinh                    commune officers of Xã Cầu Kè (29308), Phường Trà Vinh (29242):
                                            GET /api/v1/evaluation-entries, POST …/{id}/dossier-check

  Press Ctrl-C to stop everything this command started.
TXT
wait "$backend_pid"
status=$?
log "the backend exited ($status); see .run/backend.log"
exit "$status"
