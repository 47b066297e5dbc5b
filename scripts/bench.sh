#!/usr/bin/env bash
# `make bench`: one table of throughput and latency at national scale, with the framework floor (`/api/v1/me`)
# and the database floor (each endpoint's own SQL through pgbench) side by side (docs/performance.md).
# The packaged backend runs on :8090 against a PRIVATE PostgreSQL cluster made here (.run/bench/pg, :5452, with
# pg_stat_statements and auto_explain; kept between runs, stopped afterwards), so that statement logging and
# statistics never touch the shared cluster. The dataset is copied into it once (database ocop_bench_base) and each
# run works on a fresh clone of that copy (ocop_bench), so that fixtures do not pile up. A script that prints figures, not a timed test.
# Needs root (the cluster runs as the postgres user; wrk is installed with apt-get when missing), Keycloak (started
# here when it is not running), the jar (built when missing) and the national dataset (`make dataset`, run here when
# missing or stale).
# Environment: BENCH_SECONDS (15) and BENCH_WARMUP_SECONDS (5) per scenario, BENCH_SCENARIOS="product-search
# sheet-save …" for a subset (names in bench/bench.py), OCOP_DATASET_DB (ocop_national) the dataset on the shared
# cluster, BENCH_PORT (8090), BENCH_PG_PORT (5452).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=bench
cd "$OCOP_ROOT"
ensure_run_dir

PORT="${BENCH_PORT:-8090}"
PG_PORT="${BENCH_PG_PORT:-5452}"
DATASET_DB="${OCOP_DATASET_DB:-ocop_national}"
WORK="$OCOP_RUN_DIR/bench"
PG_DATA="$WORK/pg/data"
PG_LOG="$WORK/pg/postgres.log"
PG_BIN="$OCOP_PG_BIN"
# The project's JVM options (lib.sh: backend/jvm.options and the AppCDS archive; OCOP_JAVA_OPTS= for none).
JVM_OPTS="$OCOP_JAVA_OPTS"

private_psql() { psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" "$@"; }
shared_psql() { PGPASSWORD=ocop psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U ocop "$@"; }

kc_started=0
pg_started=0
cleanup() {
  [ "$pg_started" = 1 ] && as_postgres_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1
  [ "$kc_started" = 1 ] && scripts/keycloak.sh stop
  scripts/postgres.sh stop-if-ours || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

is_root || die "needs root: the private PostgreSQL cluster runs as the postgres user"
command -v wrk >/dev/null 2>&1 || apt_install wrk
need_cmd java python3 psql pg_dump pg_restore pgbench wrk
[ -x "$PG_BIN/initdb" ] || die "PostgreSQL's binaries are missing (scripts/postgres.sh ensure installs them)"
for port in "$PORT" "$PG_PORT"; do
  ! port_open 127.0.0.1 "$port" || die "port $port is taken: the benchmark uses it"
done

scripts/keycloak.sh fetch
if ! http_ok "http://localhost:8180/realms/ocop/.well-known/openid-configuration"; then
  scripts/keycloak.sh start; kc_started=1
fi
scripts/postgres.sh ensure ocop_bench  # the server, contrib and role (the private cluster uses its binaries)
[ -f "$OCOP_BACKEND_JAR" ] || (log "building the backend…" && cd backend && mvn -B -ntp -q -DskipTests package)

# The private cluster: made once, started for this run.
if [ ! -f "$PG_DATA/PG_VERSION" ]; then
  rm -rf "$WORK/pg" && mkdir -p "$WORK/pg" && chown postgres:postgres "$WORK/pg"
  log "a private PostgreSQL cluster in $WORK/pg on :$PG_PORT"
  as_postgres_user "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$WORK/initdb.log" 2>&1 || { tail -n 20 "$WORK/initdb.log" >&2; die "initdb failed"; }
  # Like the shared cluster except for the instruments; log_statement and auto_explain are switched on only while
  # bench.py captures each endpoint's statements.
  cat >>"$PG_DATA/postgresql.conf" <<CONF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$WORK/pg'
max_connections = 100
shared_preload_libraries = 'pg_stat_statements,auto_explain'
pg_stat_statements.track = top
auto_explain.log_analyze = on
auto_explain.log_buffers = on
auto_explain.log_nested_statements = off
log_line_prefix = '%m [%p] '
CONF
fi
: >"$PG_LOG" 2>/dev/null || true
chown postgres:postgres "$PG_LOG" 2>/dev/null || true
as_postgres_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$PG_LOG" start >/dev/null || die "the private cluster did not start ($PG_LOG)"
pg_started=1
ocop_roles_sql | private_psql -U postgres -d postgres

# The dataset (`make dataset`, on the shared cluster): built here when it is missing, older than the migrations (a
# migration of the source tree is not in its history) or made by another version of the generator (its scripts'
# checksum, which this script writes as the database's comment), then copied into the private cluster when its
# fingerprint (migrations and counts) changed.
generator="$(cat scripts/dataset.sh scripts/dataset*.py scripts/dataset-*.sql | md5sum | cut -c1-32)"
dataset_current() {
  local applied v
  [ "$(shared_psql -d postgres -c "SELECT shobj_description(oid, 'pg_database') FROM pg_database
    WHERE datname = '$DATASET_DB'")" = "generator $generator" ] || return 1
  applied="$(shared_psql -d "$DATASET_DB" -c "SELECT version FROM flyway_schema_history WHERE success")" || return 1
  for v in $(ls backend/src/main/resources/db/migration | sed -nE 's/^V([0-9_.]+)__.*/\1/p' | tr _ .); do
    grep -qx "$v" <<<"$applied" || return 1
  done
}
if ! dataset_current; then
  log "the dataset $DATASET_DB is missing, older than the migrations or of another generator: building it (make dataset)…"
  scripts/dataset.sh
  shared_psql -d postgres -c "COMMENT ON DATABASE \"$DATASET_DB\" IS 'generator $generator'"
fi
fingerprint="$(shared_psql -d "$DATASET_DB" -c "SELECT md5(string_agg(version || coalesce(checksum, 0)::text, ','
  ORDER BY installed_rank)) || ' ' || (SELECT count(*) FROM product) || ' ' || (SELECT count(*) FROM score_sheet)
  FROM flyway_schema_history")"
if [ "$(cat "$WORK/base.fingerprint" 2>/dev/null)" != "$fingerprint" ]; then
  log "copying $DATASET_DB into the private cluster…"
  private_psql -U postgres -d postgres -c "DROP DATABASE IF EXISTS ocop_bench_base" -c "DROP DATABASE IF EXISTS ocop_bench"
  private_psql -U postgres -d postgres -c "CREATE DATABASE ocop_bench_base OWNER ocop ENCODING 'UTF8' TEMPLATE template0"
  PGPASSWORD=ocop pg_dump -Fc -h 127.0.0.1 -p 5432 -U ocop -d "$DATASET_DB" -f "$WORK/dataset.dump"
  pg_restore -j "$(nproc)" --no-owner --role=ocop -h 127.0.0.1 -p "$PG_PORT" -U ocop -d ocop_bench_base "$WORK/dataset.dump"
  rm -f "$WORK/dataset.dump"
  private_psql -U postgres -d ocop_bench_base -c "VACUUM ANALYZE"
  echo "$fingerprint" >"$WORK/base.fingerprint"
fi
private_psql -U postgres -d postgres -c "DROP DATABASE IF EXISTS ocop_bench" \
  -c "CREATE DATABASE ocop_bench OWNER ocop TEMPLATE ocop_bench_base"
private_psql -U postgres -d ocop_bench -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
counts="$(private_psql -U ocop -d ocop_bench -F ', ' -c "SELECT
  (SELECT count(*) FROM producer) || ' producers', (SELECT count(*) FROM product) || ' products',
  (SELECT count(*) FROM score_sheet) || ' score sheets', (SELECT count(*) FROM certification) || ' certifications',
  (SELECT count(*) FROM ocop_certificate) || ' OCOP certificates'")"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
# Ready, with the demo overlay (its users log in with the password grant), whoever started it.
scripts/keycloak.sh wait || die "Keycloak did not become ready"
python3 bench/bench.py --jar "$OCOP_BACKEND_JAR" --port "$PORT" --pg-port "$PG_PORT" --db ocop_bench \
  --pg-log "$PG_LOG" --backend-log "$OCOP_RUN_DIR/bench-backend.log" --jvm-opts "$JVM_OPTS" \
  --dataset "$DATASET_DB: $counts" --out "$OCOP_RUN_DIR/bench-$stamp.md"
log "written to .run/bench-$stamp.md"
