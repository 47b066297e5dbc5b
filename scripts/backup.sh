#!/usr/bin/env bash
# Backups of the registry's database (pg_dump custom format) and their restore into a new database.
#
#   scripts/backup.sh backup [DB]             dump DB (default ocop) to $OCOP_BACKUP_DIR/DB-YYYYMMDDTHHMMSSZ.dump
#   scripts/backup.sh restore FILE [TARGET]   create the database TARGET (default: DB_restored_YYYYMMDDTHHMMSSZ)
#                                             and restore FILE into it; refuses an existing TARGET unless
#                                             OCOP_RESTORE_REPLACE=yes (then TARGET is dropped first: stop the
#                                             backend that uses it)
#
# `make backup` and `make restore FILE=… [DB=…]` call it. Connects like the application (role ocop over TCP);
# OCOP_PG_HOST (127.0.0.1), OCOP_PG_PORT (5432), OCOP_PG_USER (ocop), PGPASSWORD (ocop) point it elsewhere;
# OCOP_BACKUP_DIR defaults to backups/ in the repository (git-ignored). The backend may keep running during a
# backup: pg_dump reads one consistent snapshot.
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck disable=SC2034 # read by log() in lib.sh
LOG_TAG=backup

export PGHOST="${OCOP_PG_HOST:-127.0.0.1}" PGPORT="${OCOP_PG_PORT:-5432}" PGUSER="${OCOP_PG_USER:-ocop}"
export PGPASSWORD="${PGPASSWORD:-ocop}" PGCONNECT_TIMEOUT=10
BACKUP_DIR="${OCOP_BACKUP_DIR:-$OCOP_ROOT/backups}"

usage() {
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

stamp() { date -u +%Y%m%dT%H%M%SZ; }

valid_db_name() {
  [[ "$1" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "invalid database name '$1' (use lower-case letters, digits, _)"
}

db_exists() { [ "$(psql -X -d postgres -Atc "select 1 from pg_database where datname = '$1'")" = 1 ]; }

cmd_backup() {
  local db="${1:-ocop}" file tmp
  valid_db_name "$db"
  mkdir -p "$BACKUP_DIR"
  file="$BACKUP_DIR/$db-$(stamp).dump"
  tmp="$file.partial"
  # Written aside and renamed when complete: a cut-off dump never looks like a backup.
  pg_dump -Fc -d "$db" -f "$tmp" || { rm -f "$tmp"; die "pg_dump of $db failed"; }
  mv "$tmp" "$file"
  log "backed up $db to $file ($(du -h "$file" | cut -f1))"
  echo "$file"
}

cmd_restore() {
  local file="${1:-}" target="${2:-}"
  [ -n "$file" ] || usage
  [ -f "$file" ] || die "no backup file $file"
  pg_restore -l "$file" >/dev/null || die "$file is not a pg_dump custom-format backup"
  if [ -z "$target" ]; then
    target="$(basename "$file" .dump)"
    target="${target%-*}_restored_$(stamp)"
    target="${target,,}"
  fi
  valid_db_name "$target"
  if db_exists "$target"; then
    [ "${OCOP_RESTORE_REPLACE:-}" = yes ] ||
      die "database $target exists: restore into a new one, or set OCOP_RESTORE_REPLACE=yes to drop and replace it"
    log "dropping $target (OCOP_RESTORE_REPLACE=yes)"
    psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE \"$target\" WITH (FORCE)"
  fi
  psql -X -q -v ON_ERROR_STOP=1 -d postgres \
    -c "CREATE DATABASE \"$target\" OWNER \"$PGUSER\" ENCODING 'UTF8' TEMPLATE template0"
  # --no-owner: the restoring role owns what it creates, so a backup moves between clusters and roles.
  pg_restore --no-owner --exit-on-error -d "$target" "$file" ||
    die "pg_restore into $target failed (the database $target is left for inspection)"
  log "restored $file into the new database $target"
  echo "$target"
}

command -v pg_dump >/dev/null 2>&1 || apt_install postgresql-client
case "${1:-}" in
  backup) shift; cmd_backup "$@" ;;
  restore) shift; cmd_restore "$@" ;;
  *) usage ;;
esac
