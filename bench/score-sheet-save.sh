#!/usr/bin/env bash
# Score-sheet saves per second at 8 clients (issue 15): the packaged backend on an existing database, a round set up
# through the API (bench/score_sheet_save.py), then wrk with 8 connections, each saving its own sheet with If-Match.
# Usage: bench/score-sheet-save.sh [DATABASE] [PORT] [SECONDS]; Keycloak must be up, the jar built (mvn package);
# OCOP_BENCH_JAR runs another build (to compare with main's), OCOP_BENCH_WARMUP sets the warm-up seconds (20: the
# JVM compiles the save path first). Any answer but 200 is reported: a save must not fail.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-ocop_bench} port=${2:-8090} seconds=${3:-20} clients=8
data=$(mktemp --suffix=.lua)
log=$(mktemp --suffix=.log)
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$db QUARKUS_HTTP_PORT=$port \
  java -Xmx512m -jar "${OCOP_BENCH_JAR:-backend/target/quarkus-app/quarkus-run.jar}" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$data" "$data.json"' EXIT
for _ in $(seq 600); do curl -fsS -o /dev/null "http://localhost:$port/q/health/ready" 2>/dev/null && break; sleep 1; done
python3 bench/score_sheet_save.py "http://localhost:$port" http://localhost:8180 $clients "$data"
SAVE_DATA=$data wrk -t$clients -c$clients -d${OCOP_BENCH_WARMUP:-20}s -s bench/score-sheet-save.lua "http://localhost:$port" >/dev/null
python3 bench/score_sheet_save.py "http://localhost:$port" http://localhost:8180 --refresh "$data"
# CPU seconds (user + system) of the backend and of the database's server processes, which on a shared machine say
# more than the rate: saves/s on 2 idle cores is at most 2 / (the two per save).
cpu() { for p in "$@"; do awk '{s += $14 + $15} END {printf "%d\n", s}' "/proc/$p/stat" 2>/dev/null || echo 0; done \
  | awk -v t="$(getconf CLK_TCK)" '{s += $1} END {printf "%.3f", s / t}'; }
pg_pids() { PGPASSWORD=ocop psql -X -Atq -h 127.0.0.1 -U ocop -d "$db" -c \
  "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"; }
pgs=$(pg_pids | tr '\n' ' ')
app0=$(cpu $pid) db0=$(cpu $pgs)
out=$(SAVE_DATA=$data wrk -t$clients -c$clients -d${seconds}s --timeout 10s --latency -s bench/score-sheet-save.lua "http://localhost:$port")
app1=$(cpu $pid) db1=$(cpu $pgs)
echo "$out"
echo "$out" | awk '/Non-2xx/ {print "FAILED SAVES: " $NF}'
echo "$out" | awk -v c=$clients -v a=$(awk -v x=$app0 -v y=$app1 'BEGIN {print y - x}') \
  -v d=$(awk -v x=$db0 -v y=$db1 'BEGIN {print y - x}') '/requests in/ {n = $1} /Requests\/sec/ {r = $2}
  END {printf "score-sheet save, %d clients: %.0f saves/s; CPU per save: backend %.2f ms, PostgreSQL %.2f ms " \
       "(2 idle cores: at most %.0f saves/s)\n", c, r, a * 1000 / n, d * 1000 / n, 2 / ((a + d) / n)}'
echo "backend RSS: $(ps -o rss= -p $pid | awk '{printf "%.0f MiB", $1/1024}')"
