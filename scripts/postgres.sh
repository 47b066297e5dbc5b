#!/usr/bin/env bash
# Local PostgreSQL for runs and tests (no Docker here): the system cluster on 127.0.0.1:5432.
#
#   scripts/postgres.sh ensure DBNAME...   server up (start or install it if needed), roles ocop (owner) and
#                                          ocop_app (the backend's), databases owned by ocop, contrib (unaccent,
#                                          pg_trgm) usable
#   scripts/postgres.sh reset DBNAME...    drop and recreate the databases (fresh per test run)
#   scripts/postgres.sh stop-if-ours       stop the cluster only if `ensure` started it
#   scripts/postgres.sh status
#
# Roles ocop/ocop and ocop_app/ocop_app (ocop_roles_sql in lib.sh; host connections use scram, hence passwords).
# Overrides for experiments: OCOP_PG_PORT (5432), OCOP_PG_CLUSTER (Debian cluster name, main).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck disable=SC2034 # read by log() in lib.sh
LOG_TAG=postgres

PG_HOST=127.0.0.1
PG_PORT="${OCOP_PG_PORT:-5432}"
PG_CLUSTER="${OCOP_PG_CLUSTER:-main}" # Debian cluster name (pg_lsclusters)
PG_ROLE=ocop
PG_PASSWORD=ocop
MARKER="$OCOP_RUN_DIR/postgres.started-by-us"

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

pg_up() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" >/dev/null 2>&1; }

pg_installed() {
  command -v pg_ctlcluster >/dev/null 2>&1 && [ -n "$(pg_version)" ] &&
    [ -d "/etc/postgresql/$(pg_version)/$PG_CLUSTER" ]
}

# Highest installed major version with a cluster config, e.g. 15.
pg_version() {
  local d best=""
  for d in /etc/postgresql/*/; do
    d="${d%/}"
    d="${d##*/}"
    [[ "$d" =~ ^[0-9]+$ ]] || continue
    if [ -z "$best" ] || [ "$d" -gt "$best" ]; then best="$d"; fi
  done
  echo "$best"
}

# psql as the postgres superuser over the local socket (peer auth); no sudo on these machines.
as_postgres() {
  if [ "$(id -un)" = postgres ]; then
    (cd / && psql -X -q -p "$PG_PORT" -v ON_ERROR_STOP=1 "$@")
  else
    is_root || die "must run as root (or postgres) to administer PostgreSQL"
    (cd / && runuser -u postgres -- psql -X -q -p "$PG_PORT" -v ON_ERROR_STOP=1 "$@")
  fi
}

valid_db_name() {
  [[ "$1" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "invalid database name '$1' (use lower-case letters, digits, _)"
}

start_server() {
  if pg_up; then
    return 0
  fi
  if ! pg_installed; then
    log "PostgreSQL is not installed (no cluster under /etc/postgresql)"
    apt_install postgresql postgresql-contrib
    pg_installed || die "PostgreSQL installed but no cluster under /etc/postgresql/*/$PG_CLUSTER"
  fi
  local ver
  ver="$(pg_version)"
  if ! pg_up; then
    log "starting PostgreSQL $ver cluster '$PG_CLUSTER'…"
    pg_ctlcluster --skip-systemctl-redirect "$ver" "$PG_CLUSTER" start ||
      warn "pg_ctlcluster start returned non-zero (checking whether it runs anyway)"
  fi
  if ! wait_until 60 "PostgreSQL on $PG_HOST:$PG_PORT" pg_up; then
    pg_lsclusters >&2 || true
    tail -n 30 "/var/log/postgresql/postgresql-$ver-$PG_CLUSTER.log" >&2 2>/dev/null || true
    die "PostgreSQL $ver did not accept connections on $PG_HOST:$PG_PORT"
  fi
  # It was not running when we came: remember that we own it, so stop-if-ours may stop it.
  ensure_run_dir
  echo "$ver $PG_CLUSTER" >"$MARKER"
  log "PostgreSQL $ver started (marker $MARKER)"
}

ensure_contrib() {
  local n
  n="$(as_postgres -d postgres -Atc "select count(*) from pg_available_extensions where name in ('unaccent','pg_trgm')")"
  if [ "$n" != 2 ]; then
    apt_install postgresql-contrib
    n="$(as_postgres -d postgres -Atc "select count(*) from pg_available_extensions where name in ('unaccent','pg_trgm')")"
    [ "$n" = 2 ] || die "extensions unaccent/pg_trgm still not available after installing postgresql-contrib"
  fi
}

ensure_role() {
  ocop_roles_sql | as_postgres -d postgres
}

ensure_db() {
  local db="$1" exists
  exists="$(as_postgres -d postgres -Atc "select 1 from pg_database where datname = '$db'")"
  if [ "$exists" != 1 ]; then
    as_postgres -d postgres -c "CREATE DATABASE \"$db\" OWNER $PG_ROLE ENCODING 'UTF8' TEMPLATE template0"
    log "created database $db"
  else
    as_postgres -d postgres -c "ALTER DATABASE \"$db\" OWNER TO $PG_ROLE"
  fi
}

# Log in like the application does (TCP + password) and check the owner may create the extensions
# the migrations need; rolled back, so nothing is left behind.
check_db() {
  local db="$1"
  PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 \
    -h "$PG_HOST" -p "$PG_PORT" -U "$PG_ROLE" -d "$db" >/dev/null <<'SQL' ||
SET client_min_messages = warning;
BEGIN;
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
SELECT unaccent('Trà Vinh'), similarity('Cầu Kè', 'Cau Ke');
ROLLBACK;
SQL
    die "cannot log in as $PG_ROLE to $db on $PG_HOST:$PG_PORT, or cannot create unaccent/pg_trgm there"
}

cmd_ensure() {
  [ $# -gt 0 ] || usage
  local db
  for db in "$@"; do valid_db_name "$db"; done
  start_server
  need_cmd pg_isready psql
  ensure_contrib
  ensure_role
  for db in "$@"; do
    ensure_db "$db"
    check_db "$db"
  done
  log "ready on $PG_HOST:$PG_PORT — roles $PG_ROLE (owner) and ocop_app, databases: $*"
}

cmd_reset() {
  [ $# -gt 0 ] || usage
  local db
  for db in "$@"; do valid_db_name "$db"; done
  start_server
  need_cmd pg_isready psql
  ensure_contrib
  ensure_role
  for db in "$@"; do
    as_postgres -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
    as_postgres -d postgres -c "CREATE DATABASE \"$db\" OWNER $PG_ROLE ENCODING 'UTF8' TEMPLATE template0"
    check_db "$db"
  done
  log "reset (dropped and recreated): $*"
}

cmd_stop_if_ours() {
  if [ ! -f "$MARKER" ]; then
    log "not started by us — leaving PostgreSQL as it is"
    return 0
  fi
  local ver cluster
  read -r ver cluster <"$MARKER" || true
  cluster="${cluster:-main}"
  log "stopping PostgreSQL $ver cluster '$cluster' (started by scripts/postgres.sh)…"
  pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" stop || warn "pg_ctlcluster stop failed"
  rm -f "$MARKER"
}

cmd_status() {
  if pg_up; then
    log "accepting connections on $PG_HOST:$PG_PORT$([ -f "$MARKER" ] && echo ' (started by us)')"
  else
    log "not running on $PG_HOST:$PG_PORT"
    return 1
  fi
}

case "${1:-}" in
  ensure) shift; cmd_ensure "$@" ;;
  reset) shift; cmd_reset "$@" ;;
  stop-if-ours) cmd_stop_if_ours ;;
  status) cmd_status ;;
  *) usage ;;
esac
