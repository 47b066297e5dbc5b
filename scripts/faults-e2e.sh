#!/usr/bin/env bash
# Injected faults against the packaged backend (issue 14 §4; docs/reliability.md §4): PostgreSQL restarted under
# load, stopped during a round close and a decision, a full disk under a round close, the backend killed -9 during
# both, Keycloak cut off. The shared PostgreSQL (:5432) and Keycloak (:8180) are left alone: the backend runs on
# :8380 against a PRIVATE PostgreSQL cluster made here (.run/faults/pg, :5442, stopped and removed afterwards) and
# reaches Keycloak through a proxy on :8390 that the driver cuts (scripts/faults_e2e.py does the faults and checks).
# Needs the jar (`mvn package`), PostgreSQL's binaries, Keycloak serving realm ocop on :8180, python3, and root (the
# cluster runs as the postgres user; the full disk is a tmpfs mount).
# OCOP_FAULTS_RESTARTS=N repeats the restart under load N times (`make soak`: 10).
# Prints one `faults: <fault>: passed|FAILED` line per fault and `faults: N passed, N failed`; exit status 0 or 1.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=faults
cd "$OCOP_ROOT"
ensure_run_dir

PORT="${OCOP_FAULTS_PORT:-8380}"
PG_PORT="${OCOP_FAULTS_PG_PORT:-5442}"
PROXY_PORT="${OCOP_FAULTS_PROXY_PORT:-8390}"
WORK="$OCOP_RUN_DIR/faults"
PG_DATA="$WORK/pg/data"
PG_BIN="$OCOP_PG_BIN"

cleanup() {
  if [ -f "$WORK/backend.pid" ] && pid_alive "$(cat "$WORK/backend.pid")"; then
    kill -9 "$(cat "$WORK/backend.pid")" 2>/dev/null
  fi
  if [ -f "$PG_DATA/postmaster.pid" ]; then
    as_postgres_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate stop >/dev/null 2>&1
  fi
  if mountpoint -q "$WORK/disk" 2>/dev/null; then umount "$WORK/disk"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

need_cmd java python3 psql
is_root || die "needs root: the private PostgreSQL cluster runs as the postgres user"
[ -x "$PG_BIN/initdb" ] || die "PostgreSQL's binaries are missing (scripts/postgres.sh ensure installs them)"
[ -f "$OCOP_BACKEND_JAR" ] || die "$OCOP_BACKEND_JAR is missing: build it first (cd backend && mvn package)"
http_ok "http://localhost:8180/realms/ocop/.well-known/openid-configuration" ||
  die "Keycloak does not serve realm ocop on http://localhost:8180 (scripts/keycloak.sh start)"
for port in "$PORT" "$PG_PORT" "$PROXY_PORT"; do
  ! port_open 127.0.0.1 "$port" || die "port $port is taken: the fault check uses it"
done

cleanup
rm -rf "$WORK" && mkdir -p "$WORK/pg" "$WORK/disk"
chown postgres:postgres "$WORK/pg"
log "a private PostgreSQL cluster in $WORK/pg on :$PG_PORT"
as_postgres_user "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
  >"$WORK/initdb.log" 2>&1 || { tail -n 20 "$WORK/initdb.log" >&2; die "initdb failed"; }
cat >>"$PG_DATA/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK/pg'
fsync = off
CONF
as_postgres_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$WORK/pg/postgres.log" start >/dev/null ||
  die "the private cluster did not start ($WORK/pg/postgres.log)"
{ ocop_roles_sql; echo "CREATE DATABASE ocop OWNER ocop ENCODING 'UTF8' TEMPLATE template0;"; } |
  psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres || die "could not create the database"

python3 scripts/faults_e2e.py --jar "$OCOP_BACKEND_JAR" --keycloak http://localhost:8180 --port "$PORT" \
  --pg-port "$PG_PORT" --proxy-port "$PROXY_PORT" --pg-bin "$PG_BIN" --pg-data "$PG_DATA" \
  --pg-log "$WORK/pg/postgres.log" --backend-log "$OCOP_RUN_DIR/faults-backend.log" --pid-file "$WORK/backend.pid" \
  --disk "$WORK/disk" --restarts "${OCOP_FAULTS_RESTARTS:-1}"
