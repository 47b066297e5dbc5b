#!/usr/bin/env bash
# `make bench`: one table of throughput and latency at national scale, with the framework floor (`/api/v1/me`)
# and the database floor (each endpoint's own SQL through pgbench) side by side (docs/performance.md).
# The packaged backend runs on :8090 against a PRIVATE PostgreSQL cluster made here (.run/bench/pg, :5452, with
# pg_stat_statements and auto_explain; kept between runs, stopped afterwards), so that statement logging and
# statistics never touch the shared cluster. The dataset is copied into it once (database ocop_bench_base) and each
# run works on a fresh clone of that copy (ocop_bench). A script that prints figures, not a timed test.
# Needs root (the cluster runs as the postgres user; wrk is installed with apt-get when missing), Keycloak (started
# here when it is not running) and the jar (built when missing).
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
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
# The project's JVM options when lib.sh defines them (the memory ceiling of `make run`), else none.
JVM_OPTS="${OCOP_JAVA_OPTS:-}"

as_postgres() { (cd / && runuser -u postgres -- "$@"); }
private_psql() { psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" "$@"; }
shared_psql() { PGPASSWORD=ocop psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p 5432 -U ocop "$@"; }

kc_started=0
pg_started=0
seed_pid=""
cleanup() {
  [ -n "$seed_pid" ] && pid_alive "$seed_pid" && kill "$seed_pid" 2>/dev/null
  [ "$pg_started" = 1 ] && as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1
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
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
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
as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -w -l "$PG_LOG" start >/dev/null || die "the private cluster did not start ($PG_LOG)"
pg_started=1
private_psql -U postgres -d postgres -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ocop') THEN
  CREATE ROLE ocop LOGIN CREATEDB PASSWORD 'ocop'; END IF; END\$\$"

# The dataset: the national one (`make dataset`, on the shared cluster) when it exists, else the older volume of
# bench/seed-national-scale.sql on a migrated database. Copied again only when its fingerprint changed.
if [ -n "$(shared_psql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DATASET_DB'")" ]; then
  fingerprint="$DATASET_DB $(shared_psql -d "$DATASET_DB" -c "SELECT md5(string_agg(version || checksum::text, ',' ORDER BY installed_rank))
    || ' ' || (SELECT count(*) FROM product) || ' ' || (SELECT count(*) FROM score_sheet) FROM flyway_schema_history")"
else
  warn "no dataset database $DATASET_DB on the shared cluster (make dataset): using bench/seed-national-scale.sql"
  fingerprint="seed $(md5sum bench/seed-national-scale.sql | cut -c1-32) $(ls backend/src/main/resources/db/migration | md5sum | cut -c1-32)"
fi
if [ "$(cat "$WORK/base.fingerprint" 2>/dev/null)" != "$fingerprint" ]; then
  log "copying the dataset into the private cluster ($fingerprint)…"
  private_psql -U postgres -d postgres -c "DROP DATABASE IF EXISTS ocop_bench_base" -c "DROP DATABASE IF EXISTS ocop_bench"
  private_psql -U postgres -d postgres -c "CREATE DATABASE ocop_bench_base OWNER ocop ENCODING 'UTF8' TEMPLATE template0"
  if [ "${fingerprint%% *}" = "$DATASET_DB" ]; then
    PGPASSWORD=ocop pg_dump -Fc -h 127.0.0.1 -p 5432 -U ocop -d "$DATASET_DB" -f "$WORK/dataset.dump"
    pg_restore -j "$(nproc)" --no-owner --role=ocop -h 127.0.0.1 -p "$PG_PORT" -U ocop -d ocop_bench_base "$WORK/dataset.dump"
    rm -f "$WORK/dataset.dump"
  else
    QUARKUS_HTTP_PORT="$PORT" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/ocop_bench_base" \
      java -jar "$OCOP_BACKEND_JAR" >"$WORK/migrate.log" 2>&1 &
    seed_pid=$!
    wait_until 180 "the backend (migrating ocop_bench_base)" http_ok "http://127.0.0.1:$PORT/q/health/ready" ||
      { tail -n 30 "$WORK/migrate.log" >&2; exit 1; }
    kill "$seed_pid"; wait "$seed_pid" 2>/dev/null || true; seed_pid=""
    PGPASSWORD=ocop private_psql -U ocop -d ocop_bench_base -f bench/seed-national-scale.sql
  fi
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
python3 bench/bench.py --jar "$OCOP_BACKEND_JAR" --port "$PORT" --pg-port "$PG_PORT" --db ocop_bench \
  --pg-log "$PG_LOG" --backend-log "$OCOP_RUN_DIR/bench-backend.log" --jvm-opts "$JVM_OPTS" \
  --dataset "${fingerprint%% *}: $counts" --out "$OCOP_RUN_DIR/bench-$stamp.md"
log "written to .run/bench-$stamp.md"
