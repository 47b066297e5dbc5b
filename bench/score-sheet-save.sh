#!/usr/bin/env bash
# Score-sheet saves per second at 8 clients (issue 15): the packaged backend on an existing database, a round set up
# through the API (bench/score_sheet_save.py), then wrk with 8 connections, each saving its own sheet with If-Match.
# Usage: bench/score-sheet-save.sh [DATABASE] [PORT] [SECONDS]; Keycloak must be up, the jar built (mvn package);
# OCOP_BENCH_JAR runs another build (to compare with main's). Any answer but 200 is reported: a save must not fail.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-ocop_bench} port=${2:-8090} seconds=${3:-20} clients=8
data=$(mktemp --suffix=.lua)
log=$(mktemp --suffix=.log)
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$db QUARKUS_HTTP_PORT=$port \
  java -Xmx512m -jar "${OCOP_BENCH_JAR:-backend/target/quarkus-app/quarkus-run.jar}" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$data" "$data.json"' EXIT
for _ in $(seq 120); do curl -fsS -o /dev/null "http://localhost:$port/q/health/ready" 2>/dev/null && break; sleep 1; done
python3 bench/score_sheet_save.py "http://localhost:$port" http://localhost:8180 $clients "$data"
SAVE_DATA=$data wrk -t$clients -c$clients -d5s -s bench/score-sheet-save.lua "http://localhost:$port" >/dev/null
python3 bench/score_sheet_save.py "http://localhost:$port" http://localhost:8180 --refresh "$data"
SAVE_DATA=$data wrk -t$clients -c$clients -d${seconds}s --latency -s bench/score-sheet-save.lua "http://localhost:$port" \
  | tee /dev/stderr | awk '/Non-2xx/ {print "FAILED SAVES: " $NF} /Requests\/sec/ {printf "score-sheet save, %d clients: %.0f saves/s\n", '$clients', $2}'
echo "backend RSS: $(ps -o rss= -p $pid | awk '{printf "%.0f MiB", $1/1024}')"
