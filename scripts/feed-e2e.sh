#!/usr/bin/env bash
# The change feed across two backend instances and a restart, read by the integrator example
# (examples/integrator-sync.py): starts two packaged backends on one fresh database (ocop_feed_e2e), writes through
# both at once while the example follows the feed through either, restarts one instance, writes again and continues
# from the example's saved cursor; then checks that the example got every committed event exactly once, in order.
# Needs the jar (`mvn package`), PostgreSQL, Keycloak serving realm ocop on :8180, python3.
# Prints `feed-e2e: passed` or `feed-e2e: failed (why)`; exit status 0 or 1.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=feed-e2e
cd "$OCOP_ROOT"
ensure_run_dir

DB="${OCOP_FEED_E2E_DB:-ocop_feed_e2e}"
PORT_A="${OCOP_FEED_E2E_PORT_A:-8080}"
PORT_B="${OCOP_FEED_E2E_PORT_B:-8082}"
WRITES="${OCOP_FEED_E2E_WRITES:-15}"
WORK="$OCOP_RUN_DIR/feed-e2e"
TOKEN_URL=http://localhost:8180/realms/ocop/protocol/openid-connect/token
pid_a=""
pid_b=""
stop_all() {
  for p in $pid_a $pid_b; do
    if pid_alive "$p"; then kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; fi
  done
}
trap stop_all EXIT
trap 'exit 130' INT TERM
fail() { echo "feed-e2e: failed ($*)"; exit 1; }

need_cmd java curl python3 psql
[ -f "$OCOP_BACKEND_JAR" ] || die "$OCOP_BACKEND_JAR is missing: build it first (cd backend && mvn package)"
for port in "$PORT_A" "$PORT_B"; do
  ! port_open 127.0.0.1 "$port" || die "port $port is taken: the feed check starts its own backends there"
done
scripts/postgres.sh ensure "$DB" && scripts/postgres.sh reset "$DB" || die "could not prepare the database $DB"
rm -rf "$WORK" && mkdir -p "$WORK"

# start_instance PORT LOG — a packaged backend on PORT against $DB; echoes its pid once it is ready.
start_instance() {
  QUARKUS_HTTP_PORT="$1" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$DB" \
    backend_exec >>"$2" 2>&1 &
  local pid=$!
  if ! wait_until 180 "the backend on :$1" http_ok "http://localhost:$1/q/health/ready"; then
    tail -n 30 "$2" >&2
    return 1
  fi
  echo "$pid"
}

log "starting two backends on :$PORT_A and :$PORT_B, database $DB"
pid_a=$(start_instance "$PORT_A" "$OCOP_RUN_DIR/feed-e2e-a.log") || fail "instance A did not start"
pid_b=$(start_instance "$PORT_B" "$OCOP_RUN_DIR/feed-e2e-b.log") || fail "instance B did not start"

office_token() {
  curl -fsS -d grant_type=password -d client_id=ocop-spa -d username=office -d password=demo "$TOKEN_URL" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# writer PORT TAG TOKEN — creates, renames and deletes producers through one instance.
writer() {
  local api="http://localhost:$1" token="$3" i id
  for i in $(seq 1 "$WRITES"); do
    id=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"type\":\"COOPERATIVE\",\"name\":\"HTX $2 $i\",\"districtCode\":\"845\",\"registeredOn\":\"2019-06-01\"}" \
      "$api/api/v1/producers" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])') || return 1
    curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -H 'If-Match: "0"' \
      -d "{\"type\":\"COOPERATIVE\",\"name\":\"HTX $2 $i đổi tên\",\"districtCode\":\"845\",\"registeredOn\":\"2019-06-01\"}" \
      "$api/api/v1/producers/$id" || return 1
    if [ $((i % 3)) -eq 0 ]; then
      curl -fsS -o /dev/null -X DELETE -H "Authorization: Bearer $token" -H 'If-Match: "1"' \
        "$api/api/v1/producers/$id" || return 1
    fi
  done
}

sync() {
  python3 examples/integrator-sync.py --api "http://localhost:$1" --state-dir "$WORK/state" \
    --events-out "$WORK/events.jsonl" --limit 7 >>"$WORK/sync.log" 2>&1
}

log "writing through both instances while the example follows the feed"
# One login for both writers: with brute-force protection on, Keycloak refuses a second login of a user while the
# first is in progress (user_temporarily_disabled).
token=$(office_token) || fail "Keycloak refused the office login"
writer "$PORT_A" A "$token" >"$WORK/writer-a.log" 2>&1 &
wa=$!
writer "$PORT_B" B "$token" >"$WORK/writer-b.log" 2>&1 &
wb=$!
turn=0
while pid_alive "$wa" || pid_alive "$wb"; do
  if [ $((turn % 2)) -eq 0 ]; then sync "$PORT_A"; else sync "$PORT_B"; fi || fail "the example failed: $WORK/sync.log"
  turn=$((turn + 1))
done
wait "$wa" || fail "writer A failed: $WORK/writer-a.log"
wait "$wb" || fail "writer B failed: $WORK/writer-b.log"
sync "$PORT_A" || fail "the example failed: $WORK/sync.log"

log "restarting instance B, writing through it, continuing from the saved cursor"
kill "$pid_b" && wait "$pid_b" 2>/dev/null
pid_b=$(start_instance "$PORT_B" "$OCOP_RUN_DIR/feed-e2e-b.log") || fail "instance B did not restart"
token=$(office_token) || fail "Keycloak refused the office login"
WRITES=3 writer "$PORT_B" C "$token" >"$WORK/writer-c.log" 2>&1 || fail "writer C failed: $WORK/writer-c.log"
sync "$PORT_B" || fail "the example failed after the restart: $WORK/sync.log"

PGPASSWORD=ocop psql -X -h 127.0.0.1 -U ocop -d "$DB" -At -c "SELECT seq FROM change_event WHERE seq IS NOT NULL ORDER BY seq" \
  >"$WORK/committed.txt" || fail "could not read change_event"
python3 - "$WORK/events.jsonl" "$WORK/committed.txt" "$WRITES" <<'PY' || fail "see above"
import json, sys
events = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
read = [int(e["cursor"]) for e in events]
committed = [int(line) for line in open(sys.argv[2]) if line.strip()]
writes = int(sys.argv[3])
expected = 2 * (writes * 2 + writes // 3) + (3 * 2 + 1)
producers = [e for e in events if e["resourceType"] == "PRODUCER" and e["actor"] == "ocop-admin"]
problems = []
if read != committed:
    problems.append(f"read {len(read)} events, committed {len(committed)}; first difference at "
                    f"{next((i for i, (a, b) in enumerate(zip(read, committed)) if a != b), min(len(read), len(committed)))}")
if len(set(read)) != len(read):
    problems.append("an event was read twice")
if len(producers) != expected:
    problems.append(f"{len(producers)} producer events by the office, expected {expected}")
last = {}
for e in producers:
    if last.get(e["resourceId"], -1) >= e["version"]:
        problems.append(f"versions of producer {e['resourceId']} out of order")
    last[e["resourceId"]] = e["version"]
for p in problems:
    print("feed-e2e:", p)
print(f"feed-e2e: {len(read)} events read once each, in commit order, across two instances and a restart")
sys.exit(1 if problems else 0)
PY
echo "feed-e2e: passed"
