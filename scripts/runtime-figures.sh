#!/usr/bin/env bash
# Start and memory of the packaged backend, as figures (a script that prints, never a timed test):
#   start   java launched → /q/health/ready answers 200, on an already migrated database (best of OCOP_STARTS runs)
#   idle    RSS 10 s after ready
#   load    RSS after 8 clients (wrk) read the first page of the product list for 30 s, with the req/s and p50/p99,
#           and the backend's CPU time per request (which a machine busy with other work inflates far less than latency)
# Usage: scripts/runtime-figures.sh [APP_DIR]   (default backend/target/quarkus-app; OCOP_JAVA_OPTS from lib.sh)
# Env: OCOP_FIGURES_DB (default ocop_bench_runtime: the national dataset, built by scripts/dataset.sh once),
#      OCOP_FIGURES_PORT (8095), OCOP_STARTS (3), OCOP_LOAD_SECONDS (30), OCOP_JAVA_OPTS to compare flags.
# Needs PostgreSQL, Keycloak with realm ocop on :8180, wrk (installed with apt if missing).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=runtime
cd "$OCOP_ROOT"
ensure_run_dir
APP="${1:-backend/target/quarkus-app}"
DB="${OCOP_FIGURES_DB:-ocop_bench_runtime}"
PORT="${OCOP_FIGURES_PORT:-8095}"
STARTS="${OCOP_STARTS:-3}"
SECONDS_LOAD="${OCOP_LOAD_SECONDS:-30}"
URL="http://localhost:$PORT"
LOG="$OCOP_RUN_DIR/runtime-figures-$PORT.log"
command -v wrk >/dev/null 2>&1 || apt_install wrk
need_cmd java jstack curl psql wrk python3
[ -f "$APP/quarkus-run.jar" ] || die "no $APP/quarkus-run.jar: run mvn package first"
http_ok "http://localhost:8180/realms/ocop/.well-known/openid-configuration" || die "Keycloak (realm ocop) is not up"
port_open 127.0.0.1 "$PORT" && die "port $PORT is taken"

pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true' EXIT
now_ms() { date +%s%3N; }
rss_mib() { ps -o rss= -p "$pid" | awk '{printf "%.0f", $1/1024}'; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.0f", ($14 + $15) * 1000 / hz}' "/proc/$pid/stat"; }
start() {  # sets ms (launch to ready) and cpu (the JVM's CPU time until then: what a busy machine does not inflate)
  local t0; t0=$(now_ms)
  # shellcheck disable=SC2086  # OCOP_JAVA_OPTS is a list of flags
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$DB" QUARKUS_HTTP_PORT=$PORT \
    OCOP_BACKEND_JAR="$APP/quarkus-run.jar" backend_exec >"$LOG" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null --max-time 2 "$URL/q/health/ready"; do
    pid_alive "$pid" || { tail -30 "$LOG" >&2; die "the backend died"; }
    [ $(($(now_ms) - t0)) -lt 600000 ] || die "not ready after 600 s"
    sleep 0.05
  done
  ms=$(($(now_ms) - t0))
  pid_alive "$pid" || { tail -5 "$LOG" >&2; die "ready, but not ours: is port $PORT taken?"; }
  cpu=$(cpu_ms)
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
# Where the start's CPU went, per kind of thread (the JVM's own counters, read at ready).
cpu_by_thread() {
  jstack "$pid" 2>/dev/null | python3 -c '
import re, sys, collections
kinds = [("JIT C2", r"C2 CompilerThread"), ("JIT C1", r"C1 CompilerThread"), ("GC", r"GC|G1|VM Thread"),
         ("main (boot)", r"^main$"), ("vert.x event loops", r"vert.x-eventloop"), ("workers", r"executor-thread|vert.x-worker")]
cpu = collections.Counter()
for name, ms in re.findall(r"^\"([^\"]+)\".*? cpu=([0-9.]+)ms", sys.stdin.read(), re.M):
    cpu[next((k for k, p in kinds if re.search(p, name)), "other")] += float(ms)
print(", ".join(f"{k} {v / 1000:.1f} s" for k, v in cpu.most_common()))'
}

if ! PGPASSWORD=ocop psql -tAq -h 127.0.0.1 -U ocop -d "$DB" -c "select 1 from product limit 1" 2>/dev/null | grep -q 1; then
  log "building the national dataset into $DB (once; make dataset)…"
  OCOP_DATASET_DB="$DB" scripts/dataset.sh
fi

log "JVM flags: ${OCOP_JAVA_OPTS:-(none)}"
best=""
for i in $(seq "$STARTS"); do
  start
  log "start $i: ${ms} ms to ready, ${cpu} ms of CPU, load average $(cut -d' ' -f1 /proc/loadavg)"
  [ "$i" = 1 ] && log "  CPU by thread: $(cpu_by_thread)"
  { [ -z "$best" ] || [ "$ms" -lt "$best" ]; } && best=$ms && best_cpu=$cpu
  [ "$i" -lt "$STARTS" ] && stop
done
sleep 10
idle=$(rss_mib)
token=$(curl -fsS -d grant_type=password -d client_id=ocop-spa -d username=office -d password=demo \
  http://localhost:8180/realms/ocop/protocol/openid-connect/token | python3 -c 'import sys,json;print(json.load(sys.stdin)["access_token"])')
wrk -t2 -c8 -d5s -H "Authorization: Bearer $token" "$URL/api/v1/products?size=20" >/dev/null  # warm-up
cpu_before=$(cpu_ms)
out=$(wrk -t2 -c8 -d"${SECONDS_LOAD}s" --latency -H "Authorization: Bearer $token" "$URL/api/v1/products?size=20")
cpu_load=$(($(cpu_ms) - cpu_before))
requests=$(awk '/requests in/ {print $1}' <<<"$out")
rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
p50=$(awk '$1=="50%" {print $2}' <<<"$out")
p99=$(awk '$1=="99%" {print $2}' <<<"$out")
errors=$(awk '/Non-2xx|Socket errors/' <<<"$out")
loaded=$(rss_mib)
printf '%-28s %s\n' "start to ready (best of $STARTS)" "${best} ms (${best_cpu} ms CPU)" "RSS idle" "${idle} MiB" \
  "RSS after load" "${loaded} MiB" "product list, 8 clients" "${rps} req/s, p50 ${p50}, p99 ${p99} ${errors}" \
  "backend CPU per request" "$(awk -v c="$cpu_load" -v n="$requests" 'BEGIN {printf "%.2f ms (%d requests)", c / n, n}')"
