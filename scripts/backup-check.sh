#!/usr/bin/env bash
# The backup is proven by a restore: backs up a database holding the Trà Vinh 2019 demo dataset (by default the
# backend suite's seed database, ${OCOP_TEST_DB:-ocop_test}_seed, which `mvn package` has just loaded), restores it
# into a new database (…_restored) with scripts/backup.sh, starts the packaged backend twice — on the original
# (:8480) and on the restored copy (:8481) — and compares the annual report, every history and every public
# certificate lookup byte for byte (scripts/restore_compare.py). Prints `backup-restore: N passed, N failed`.
# Needs the jar, PostgreSQL and Keycloak serving realm ocop on :8180; `make test` provides all three.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=backup-check
cd "$OCOP_ROOT"
ensure_run_dir

SOURCE_DB="${OCOP_BACKUP_CHECK_DB:-${OCOP_TEST_DB:-ocop_test}_seed}"
RESTORED_DB="${SOURCE_DB}_restored"
ORIGINAL_PORT=8480
RESTORED_PORT=8481
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    pid_alive "$pid" && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  done
  rm -rf "$OCOP_RUN_DIR/backup-check"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

need_cmd java python3 curl
[ -f "$OCOP_BACKEND_JAR" ] || die "$OCOP_BACKEND_JAR is missing: build it first (cd backend && mvn package)"
for port in "$ORIGINAL_PORT" "$RESTORED_PORT"; do
  port_open 127.0.0.1 "$port" && die "port $port is taken"
done

# A dump of its own folder, removed at the end: the check leaves no backup behind.
export OCOP_BACKUP_DIR="$OCOP_RUN_DIR/backup-check"
file="$(scripts/backup.sh backup "$SOURCE_DB" | tail -n 1)" || die "the backup failed"
# The check's own copy from an earlier run is replaced; any other existing database would be refused.
OCOP_RESTORE_REPLACE=yes scripts/backup.sh restore "$file" "$RESTORED_DB" >/dev/null || die "the restore failed"

# start PORT DB — the packaged backend on PORT against DB, in the background.
start() {
  QUARKUS_HTTP_PORT="$1" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$2" \
    backend_exec >"$OCOP_RUN_DIR/backup-check-$1.log" 2>&1 &
  pids+=($!)
}
start "$ORIGINAL_PORT" "$SOURCE_DB"
start "$RESTORED_PORT" "$RESTORED_DB"
for port in "$ORIGINAL_PORT" "$RESTORED_PORT"; do
  if ! wait_until 300 "the backend on :$port" http_ok "http://localhost:$port/q/health/ready"; then
    tail -n 40 "$OCOP_RUN_DIR/backup-check-$port.log" >&2
    echo "backup-restore: 0 passed, 1 failed"
    exit 1
  fi
done
python3 scripts/restore_compare.py --original "http://localhost:$ORIGINAL_PORT" \
  --restored "http://localhost:$RESTORED_PORT" --keycloak http://localhost:8180
