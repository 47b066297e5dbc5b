#!/usr/bin/env bash
# Benchmark at national scale (8,000 producers, 17,000 products): builds the backend, migrates a
# scratch database ocop_bench, loads the volume, starts the backend on :8090 and prints latencies.
# A script that prints figures, not a timed test (those flake on shared machines).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=bench
cd "$OCOP_ROOT"
ensure_run_dir
kc_started=0
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; [ "$kc_started" = 1 ] && scripts/keycloak.sh stop; scripts/postgres.sh stop-if-ours' EXIT
scripts/keycloak.sh fetch
if ! http_ok "http://localhost:8180/realms/ocop/.well-known/openid-configuration"; then
  scripts/keycloak.sh start; kc_started=1
fi
scripts/postgres.sh ensure ocop_bench
scripts/postgres.sh reset ocop_bench
[ -f backend/target/quarkus-app/quarkus-run.jar ] || (cd backend && mvn -B -ntp -q -DskipTests package)
scripts/keycloak.sh wait
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/ocop_bench QUARKUS_HTTP_PORT=8090 \
  backend_exec >"$OCOP_RUN_DIR/bench-backend.log" 2>&1 &
pid=$!
wait_until 120 "the backend" http_ok http://localhost:8090/q/health/ready || { tail -30 "$OCOP_RUN_DIR/bench-backend.log"; exit 1; }
log "loading 8,000 producers and 17,000 products…"
PGPASSWORD=ocop psql -q -h 127.0.0.1 -U ocop -d ocop_bench -v ON_ERROR_STOP=1 -f bench/seed-national-scale.sql
token=$(curl -fsS -d grant_type=password -d client_id=ocop-spa -d username=office -d password=demo \
  http://localhost:8180/realms/ocop/protocol/openid-connect/token | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])')
python3 bench/bench.py http://localhost:8090 "$token" "${BENCH_N:-50}" "$@"
log "backend RSS: $(ps -o rss= -p "$pid" | awk '{printf "%.0f MiB", $1/1024}')"
