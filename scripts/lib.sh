# shellcheck shell=bash
# Shared helpers for scripts/*.sh — source it, don't run it.
#   source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

OCOP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OCOP_RUN_DIR="$OCOP_ROOT/.run"
# Downloads (Keycloak distribution …) live outside the repository and are reused between runs.
OCOP_CACHE="${OCOP_CACHE:-${HOME:-/root}/.cache/ocop}"
export OCOP_ROOT OCOP_RUN_DIR OCOP_CACHE

log() { printf '[%s] %s\n' "${LOG_TAG:-ocop}" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "${LOG_TAG:-ocop}" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "${LOG_TAG:-ocop}" "$*" >&2; exit 1; }

need_cmd() {
  local c
  for c in "$@"; do
    command -v "$c" >/dev/null 2>&1 || die "required command not found: $c"
  done
}

ensure_run_dir() { mkdir -p "$OCOP_RUN_DIR"; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# http_ok URL — true if URL answers 2xx within 3 s.
http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# port_open HOST PORT — true if something accepts TCP connections there.
port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# wait_until TIMEOUT_SECONDS DESCRIPTION COMMAND... — polls COMMAND every second.
wait_until() {
  local timeout="$1" what="$2" waited=0
  shift 2
  until "$@"; do
    if [ "$waited" -ge "$timeout" ]; then
      warn "timed out after ${timeout}s waiting for $what"
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# pid_alive PID — true if the process exists (and is not a zombie).
pid_alive() {
  local pid="$1" state
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  state="$(ps -o stat= -p "$pid" 2>/dev/null || true)"
  [ -n "$state" ] && [ "${state#Z}" = "$state" ]
}

# apt_install PKG... — non-interactive install (root only; CI has no stdin and no sudo).
apt_install() {
  is_root || die "need root to install packages: $*"
  log "installing $* with apt-get (one-time)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "$@" >/dev/null
}

# The packaged backend (`mvn package`) as `make run` and the e2e tests start it, on its fixed port.
OCOP_BACKEND_URL=http://localhost:8080
OCOP_BACKEND_JAR="$OCOP_ROOT/backend/target/quarkus-app/quarkus-run.jar"
# The backend's JVM flags: backend/jvm.options (the one place; backend/Dockerfile starts the image's JVM with it too) and
# the class-data archive that `mvn package` writes next to the jar (AppCDS; ignored when absent). An environment value
# replaces them (OCOP_JAVA_OPTS= runs the JVM's defaults).
OCOP_JAVA_OPTS="${OCOP_JAVA_OPTS-@$OCOP_ROOT/backend/jvm.options -XX:SharedArchiveFile=app-cds.jsa}"
export OCOP_JAVA_OPTS

# backend_exec — replaces the calling (sub)shell by the packaged backend's JVM, so run it in the background:
# `backend_exec >LOG 2>&1 &` (then $! is the JVM). From the jar's folder: the AppCDS archive holds only for the class
# path it was made with (quarkus-run.jar and lib/… relative to it).
backend_exec() {
  cd "$(dirname "$OCOP_BACKEND_JAR")" || exit 1
  # shellcheck disable=SC2086  # a list of flags
  exec java $OCOP_JAVA_OPTS -jar quarkus-run.jar
}

# backend_start LOGFILE — starts the jar in the background (configured by the caller's environment, e.g.
# QUARKUS_DATASOURCE_JDBC_URL), sets backend_pid and waits until it is ready; on failure shows the log's end.
# Callers check first that port 8080 is free, before anything slow.
backend_start() {
  backend_exec >"$1" 2>&1 &
  backend_pid=$!
  if ! wait_until 180 "the backend" http_ok "$OCOP_BACKEND_URL/q/health/ready"; then
    tail -n 40 "$1" >&2
    return 1
  fi
}

# The newest installed PostgreSQL's programs, for the private clusters of the fault runs and the benchmark.
OCOP_PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"

# The registry's two database roles, as one SQL script for psql as a superuser (every cluster a script makes or
# uses): ocop owns the schema (Flyway migrates as it; backups, loaders and checks use it); ocop_app is what the
# backend runs as, with only V166's grants — rows, never the schema, never a trail's rows rewritten. Local passwords
# are the names; a deployment sets its own (docker-compose.yml, deploy/k8s).
ocop_roles_sql() {
  cat <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ocop') THEN CREATE ROLE ocop; END IF;
  ALTER ROLE ocop LOGIN CREATEDB PASSWORD 'ocop';
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ocop_app') THEN CREATE ROLE ocop_app; END IF;
  ALTER ROLE ocop_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD 'ocop_app';
END
$$;
SQL
}

# as_postgres_user COMMAND… — runs a PostgreSQL program as the postgres user (no sudo here), from / (its home may
# not be readable).
as_postgres_user() { (cd / && runuser -u postgres -- "$@"); }

# backend_stop — stops the backend that backend_start started (and nothing else).
backend_stop() {
  if [ -n "${backend_pid:-}" ] && pid_alive "$backend_pid"; then
    log "stopping the backend"
    kill "$backend_pid" 2>/dev/null
    wait "$backend_pid" 2>/dev/null
  fi
}

# npm_ci DIR — installs DIR/node_modules from its lockfile, only when the lockfile changed since the last install
# (npm ci wipes node_modules).
npm_ci() {
  if ! cmp -s "$1/package-lock.json" "$1/node_modules/.ocop-installed-lock" 2>/dev/null; then
    log "npm ci in $1/"
    (cd "$1" && npm ci --no-audit --no-fund --loglevel=error) || return 1
    cp "$1/package-lock.json" "$1/node_modules/.ocop-installed-lock"
  fi
}

# The SPA as `make run` serves it and its browser tests open it.
OCOP_SPA_URL=http://localhost:5173

# test_services_up — for the test runs (scripts/test.sh, soak.sh): Keycloak with realm ocop, started here unless it
# runs already, and an EXIT trap that stops what was started here (Keycloak, PostgreSQL if `ensure` started it).
# Keycloak boots while the caller prepares PostgreSQL; `scripts/keycloak.sh wait` before the tests.
test_services_up() {
  kc_started=0
  trap test_services_down EXIT
  trap 'exit 130' INT TERM
  scripts/keycloak.sh fetch || die "could not fetch Keycloak"
  if ! http_ok "http://localhost:8180/realms/ocop/.well-known/openid-configuration"; then
    scripts/keycloak.sh start || die "could not start Keycloak"
    kc_started=1
  fi
}

test_services_down() {
  [ "$kc_started" = 1 ] && scripts/keycloak.sh stop || true
  scripts/postgres.sh stop-if-ours || true
}
