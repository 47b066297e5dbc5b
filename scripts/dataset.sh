#!/usr/bin/env bash
# `make dataset`: the national dataset of issue 15 in its own database (OCOP_DATASET_DB, default ocop_national):
# drops and recreates it, migrates it with the application's own Flyway migrations (and its rubric import) by starting
# the packaged backend once, generates the rows deterministically (scripts/dataset.py) and loads them with COPY, then
# rebuilds indexes and constraints, numbers the change feed and ANALYZEs. Prints the seed, the timings and the rows.
#
#   scripts/dataset.sh [--seed N] [--scale F] [--check]
#
# Environment: OCOP_DATASET_DB (ocop_national), OCOP_DATASET_SEED (15), OCOP_DATASET_SCALE (1),
# OCOP_DATASET_PORT (port of the migrating backend, 8089). --check (scripts/test.sh) also generates a second time and
# compares the bytes, and runs scripts/dataset-check.sql (the invariants) on the loaded database.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
LOG_TAG=dataset
cd "$OCOP_ROOT"
ensure_run_dir
need_cmd python3 psql java curl

db="${OCOP_DATASET_DB:-ocop_national}"
seed="${OCOP_DATASET_SEED:-15}"
scale="${OCOP_DATASET_SCALE:-1}"
port="${OCOP_DATASET_PORT:-8089}"
check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --seed) seed="$2"; shift 2 ;;
    --scale) scale="$2"; shift 2 ;;
    --check) check=1; shift ;;
    *) die "unknown argument $1 (use --seed N, --scale F, --check)" ;;
  esac
done
[[ "$seed" =~ ^[0-9]+$ ]] || die "--seed must be a non-negative integer, not '$seed'"
[[ "$scale" =~ ^[0-9]*\.?[0-9]+$ ]] || die "--scale must be a positive number, not '$scale'"
log "database $db, seed $seed, scale $scale"

work="$OCOP_RUN_DIR/dataset-$db"
rm -rf "$work"
mkdir -p "$work/ref"
psql_on() { local d="$1"; shift; PGPASSWORD=ocop psql -X -q -h 127.0.0.1 -U ocop -d "$d" -v ON_ERROR_STOP=1 "$@"; }
psql_db() { psql_on "$db" "$@"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

# 1. A fresh database migrated by the application itself: Flyway and the rubric import run when the packaged backend
# starts; it is stopped as soon as it is ready. The migrated state is kept as a template database ("$db"_migrated,
# marked with the checksum of the application jar), so the next build with the same jar copies it in a second.
t0=$(now)
[ -f "$OCOP_BACKEND_JAR" ] || (cd backend && mvn -B -ntp -q -DskipTests package)
key="$(cat "$OCOP_ROOT"/backend/target/quarkus-app/app/*.jar | md5sum | cut -c1-32)"
tpl="${db}_migrated"
scripts/postgres.sh ensure "$tpl" >/dev/null
if [ "$(psql_on postgres -Atc "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$tpl'")" \
  != "$key" ]; then
  scripts/postgres.sh reset "$tpl" >/dev/null
  port_open 127.0.0.1 "$port" && die "port $port is taken (OCOP_DATASET_PORT chooses another)"
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$tpl" QUARKUS_HTTP_PORT="$port" \
    java -Xmx512m -jar "$OCOP_BACKEND_JAR" >"$work/migrate.log" 2>&1 &
  mig_pid=$!
  trap 'kill "$mig_pid" 2>/dev/null || true' EXIT
  if ! wait_until 300 "the migrating backend" http_ok "http://localhost:$port/q/health/ready"; then
    tail -n 40 "$work/migrate.log" >&2
    die "the backend did not migrate $tpl"
  fi
  kill "$mig_pid"
  wait "$mig_pid" 2>/dev/null || true
  trap - EXIT
  psql_on postgres -c "COMMENT ON DATABASE \"$tpl\" IS '$key'"
  log "migrated $tpl by the backend: $(since "$t0")"
fi
psql_on postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\" TEMPLATE \"$tpl\""
log "$db: a copy of the migrated $tpl ($(since "$t0"))"

# 2. The reference rows the generated ones point at, in a stable order.
dump() { psql_db -c "\\copy ($2) TO '$work/ref/$1.tsv'"; }
dump admin_unit "SELECT id, code, name, type, parent_code, parent_id, valid_from, valid_to FROM admin_unit ORDER BY id"
dump product_set "SELECT s.id, s.legal_basis_code, s.number, s.name, g.code FROM product_set s
  JOIN product_group g ON g.id = s.group_id ORDER BY s.id"
dump legal_basis "SELECT code, criteria_basis_code, in_force_from, in_force_to FROM legal_basis ORDER BY in_force_from"
dump procedure_level "SELECT p.legal_basis_code, l.level, l.scores, l.forward_min_score, l.min_recognised_stars,
  l.max_recognised_stars FROM procedure_level l JOIN evaluation_procedure p ON p.id = l.procedure_id
  ORDER BY p.legal_basis_code, l.id"
dump rubric_version "SELECT id, legal_basis_code, effective_from, effective_to FROM rubric_version
  WHERE status = 'PUBLISHED' ORDER BY id"
dump rubric_star_band "SELECT rubric_version_id, stars, min_score, max_score_exclusive FROM rubric_star_band
  ORDER BY rubric_version_id, stars"
dump rubric_sheet "SELECT id, rubric_version_id, product_set_id FROM rubric_sheet ORDER BY id"
dump rubric_sheet_part "SELECT id, rubric_sheet_id, code FROM rubric_sheet_part ORDER BY rubric_sheet_id, position"
dump rubric_criterion "SELECT id, rubric_sheet_id, part_id, code, scoring_rule, star3_min_points, star4_min_points,
  star5_min_points FROM rubric_criterion ORDER BY rubric_sheet_id, position, id"
dump rubric_option "SELECT id, criterion_id, points, case_label, required_for_stars FROM rubric_option
  ORDER BY criterion_id, position"
dump admin_unit_succession "SELECT predecessor_id, successor_id, portion FROM admin_unit_succession
  ORDER BY predecessor_id, successor_id"
dump product_set_succession "SELECT from_set_id, to_set_id FROM product_set_succession ORDER BY from_set_id"
dump rubric_elimination_condition "SELECT id, rubric_sheet_id FROM rubric_elimination_condition ORDER BY id"

# 3. Generate (into a file: its md5 is the determinism check, and the load's time is then the load's own).
t0=$(now)
python3 scripts/dataset.py --ref "$work/ref" --seed "$seed" --scale "$scale" --counts "$work/counts.tsv" \
  >"$work/data.sql"
log "generated $(du -m "$work/data.sql" | cut -f1) MB in $(since "$t0"), md5 $(md5sum <"$work/data.sql" | cut -c1-32)"
if [ "$check" = 1 ]; then
  python3 scripts/dataset.py --ref "$work/ref" --seed "$seed" --scale "$scale" >"$work/again.sql"
  cmp -s "$work/data.sql" "$work/again.sql" || die "two runs with seed $seed generated different bytes"
  log "determinism: a second run with seed $seed generated the same bytes"
  rm -f "$work/again.sql"
fi

# 4. Load: indexes and foreign keys of the loaded tables are dropped first and rebuilt after (faster than keeping
# them up to date row by row, and rebuilding them checks every row once more).
t0=$(now)
psql_db -f scripts/dataset-preload.sql
psql_db -f "$work/data.sql"
log "loaded with COPY in $(since "$t0")"
t0=$(now)
psql_db -1 -f scripts/dataset-postload.sql
log "indexes, constraints, sequences, change feed: $(since "$t0")"
t0=$(now)
psql_db -c "SET client_min_messages = error" -c "ANALYZE"
log "ANALYZE: $(since "$t0")"

if [ "$check" = 1 ]; then
  psql_db -v scale="$scale" -f scripts/dataset-check.sql
  log "invariants hold"
fi
log "rows per table:"
psql_db -At -F $'\t' -c "SELECT table_name, (xpath('/row/n/text()', query_to_xml(
    format('SELECT count(*) AS n FROM %I', table_name), false, true, '')))[1]::text::bigint AS n
  FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
  ORDER BY 2 DESC, 1" | awk -F'\t' '$2 > 0 { printf "  %-32s %10d\n", $1, $2 }'
log "done: database $db (seed $seed, scale $scale)"
