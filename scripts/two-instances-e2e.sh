#!/usr/bin/env bash
# Two backend instances on one database (issue 15 §5; README "Scaling out"): the packaged jar started twice, on :8581
# and :8582, against the database ocop_twoinst on the shared PostgreSQL and the shared Keycloak. Checks that a write on
# one reads identically on the other (body, ETag, list, change feed), that an Idempotency-Key replayed on the other
# gives the first answer, that the rate limit is one count, that an import started on one is followed on the other,
# and that each scheduled job runs once when both schedulers fire (scripts/two_instances_e2e.py does the checks).
# Builds the jar if it is missing. Needs java, python3, psql, PostgreSQL (scripts/postgres.sh) and Keycloak serving
# realm ocop with the demo users on :8180. Prints one `two-instances: <check>: passed|FAILED` line per check and
# `two-instances: N passed, N failed`; exit status 0 or 1.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=two-instances
cd "$OCOP_ROOT"
ensure_run_dir

PORT_A="${OCOP_TWO_PORT_A:-8581}"
PORT_B="${OCOP_TWO_PORT_B:-8582}"
SMTP_PORT="${OCOP_TWO_SMTP_PORT:-8583}"
DB="${OCOP_TWO_DB:-ocop_twoinst}"

stop_instances() {
  local f
  for f in "$OCOP_RUN_DIR"/two-instances-a.pid "$OCOP_RUN_DIR"/two-instances-b.pid; do
    if [ -f "$f" ] && pid_alive "$(cat "$f")"; then kill -9 "$(cat "$f")" 2>/dev/null; fi
    rm -f "$f"
  done
}
trap stop_instances EXIT
trap 'exit 130' INT TERM

need_cmd java python3 psql
http_ok "http://localhost:8180/realms/ocop/.well-known/openid-configuration" ||
  die "Keycloak does not serve realm ocop on http://localhost:8180 (scripts/keycloak.sh start)"
for port in "$PORT_A" "$PORT_B" "$SMTP_PORT"; do
  ! port_open 127.0.0.1 "$port" || die "port $port is taken: the two-instance check uses it"
done
if [ ! -f "$OCOP_BACKEND_JAR" ]; then
  log "building the jar (mvn package, without tests)"
  (cd backend && mvn -B -ntp -q -DskipTests -Dformatter.skip -Dimpsort.skip package) || die "the build failed"
fi
scripts/postgres.sh ensure "$DB" >/dev/null && scripts/postgres.sh reset "$DB" >/dev/null ||
  die "could not prepare the database $DB"

python3 scripts/two_instances_e2e.py --jar "$OCOP_BACKEND_JAR" --keycloak http://localhost:8180 --db "$DB" \
  --log-dir "$OCOP_RUN_DIR" --port-a "$PORT_A" --port-b "$PORT_B" --smtp-port "$SMTP_PORT" --anonymous-limit 20
