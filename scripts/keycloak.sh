#!/usr/bin/env bash
# Local Keycloak (no Docker here): the official distribution from Maven Central, run with start-dev.
#
#   scripts/keycloak.sh fetch    download + unpack Keycloak into the cache (only if missing)
#   scripts/keycloak.sh start    fresh data/, import keycloak/ocop-realm.json, start in background
#                                (reuses a Keycloak that already serves realm ocop on :8180)
#   scripts/keycloak.sh wait     wait until realm ocop is served (KC_WAIT_TIMEOUT, default 180 s), then apply the
#                                demo overlay (keycloak/demo-overlay.sh: demo users, clients, password grant) once
#   scripts/keycloak.sh stop     stop the Keycloak this script started (and nothing else)
#   scripts/keycloak.sh status
#
# Cache: ${OCOP_CACHE:-$HOME/.cache/ocop}/keycloak-<version>. Log and pid: .run/keycloak.{log,pid}.
# Admin console: http://localhost:8180/admin (admin/admin). Management/health: http://localhost:9000.
# A second, private Keycloak (e.g. to try realm changes without touching the shared one):
#   KC_PORT=8280 KC_MGMT_PORT=9100 OCOP_CACHE=/tmp/kc-private scripts/keycloak.sh start|wait|stop
# (its own copy of the distribution and data/ under OCOP_CACHE; log and pid .run/keycloak-8280.{log,pid}).
set -euo pipefail
# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck disable=SC2034 # read by log() in lib.sh
LOG_TAG=keycloak

KC_VERSION="${KC_VERSION:-26.5.6}"
KC_HOME="$OCOP_CACHE/keycloak-$KC_VERSION"
KC_COMPLETE="$KC_HOME/.ocop-unpacked"
KC_PORT="${KC_PORT:-8180}"
KC_MGMT_PORT="${KC_MGMT_PORT:-9000}"
KC_REALM=ocop
KC_URL="http://localhost:$KC_PORT"
KC_WELL_KNOWN="$KC_URL/realms/$KC_REALM/.well-known/openid-configuration"
REALM_FILE="$OCOP_ROOT/keycloak/ocop-realm.json"
OVERLAY_SCRIPT="$OCOP_ROOT/keycloak/demo-overlay.sh"
RUN_NAME=keycloak
[ "$KC_PORT" = 8180 ] || RUN_NAME="keycloak-$KC_PORT"
PID_FILE="$OCOP_RUN_DIR/$RUN_NAME.pid"
LOG_FILE="$OCOP_RUN_DIR/$RUN_NAME.log"
STARTED_AT_FILE="$OCOP_RUN_DIR/$RUN_NAME.started-at"
OVERLAY_DONE_FILE="$OCOP_RUN_DIR/$RUN_NAME.demo-overlay"

usage() {
  sed -n '2,17p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
}

realm_ready() { http_ok "$KC_WELL_KNOWN"; }

our_pid() {
  local pid
  [ -f "$PID_FILE" ] || return 1
  pid="$(cat "$PID_FILE" 2>/dev/null || true)"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  pid_alive "$pid" || return 1
  # Guard against a recycled pid: it must be a Keycloak (java … keycloak) process.
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qi keycloak || return 1
  echo "$pid"
}

cmd_fetch() {
  if [ -x "$KC_HOME/bin/kc.sh" ] && [ -f "$KC_COMPLETE" ]; then
    log "Keycloak $KC_VERSION already in cache ($KC_HOME)"
    return 0
  fi
  need_cmd mvn java
  mkdir -p "$OCOP_CACHE"
  local tmp t0
  tmp="$(mktemp -d "$OCOP_CACHE/.fetch-keycloak.XXXXXX")"
  trap 'rm -rf "$tmp"' EXIT
  t0=$SECONDS
  log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip from Maven Central into $OCOP_CACHE…"
  # Run from the scratch folder: outside a project the plugin writes marker files into ./${project.basedir}.
  if ! (cd "$tmp" && mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:unpack \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
    -DoutputDirectory="$tmp" -Dmdep.overWriteReleases=true >"$tmp/mvn.log" 2>&1); then
    tail -n 40 "$tmp/mvn.log" >&2 || true
    die "download of Keycloak $KC_VERSION failed"
  fi
  [ -x "$tmp/keycloak-$KC_VERSION/bin/kc.sh" ] || chmod +x "$tmp/keycloak-$KC_VERSION"/bin/*.sh
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  touch "$KC_COMPLETE"
  rm -rf "$tmp"
  trap - EXIT
  log "Keycloak $KC_VERSION unpacked to $KC_HOME in $((SECONDS - t0))s"
}

cmd_start() {
  [ -f "$REALM_FILE" ] || die "realm file missing: $REALM_FILE"
  need_cmd curl
  if realm_ready; then
    log "a Keycloak already serves realm '$KC_REALM' on $KC_URL — reusing it, not starting another"
    return 0
  fi
  local pid
  if pid="$(our_pid)"; then
    log "our Keycloak (pid $pid) is still starting — not starting another"
    return 0
  fi
  if port_open 127.0.0.1 "$KC_PORT" || port_open 127.0.0.1 "$KC_MGMT_PORT"; then
    die "port $KC_PORT or $KC_MGMT_PORT is in use, but nothing serves realm '$KC_REALM' at $KC_WELL_KNOWN — stop that process first"
  fi
  cmd_fetch
  need_cmd java setsid
  ensure_run_dir
  # Always a fresh database: an existing realm is never re-imported, so realm edits would be ignored.
  rm -rf "$KC_HOME/data"
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/ocop-realm.json"
  rm -f "$PID_FILE" "$OVERLAY_DONE_FILE"
  date +%s >"$STARTED_AT_FILE"
  # Brute-force protection still counts failures, but a user's concurrent logins (two tabs, a client's parallel token
  # requests, tests) are let through instead of answering user_temporarily_disabled (Keycloak 26's default).
  # setsid: own session and process group (stop kills the whole group); detached from our
  # stdin/stdout so `make` does not wait on it.
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    KC_HEALTH_ENABLED=true \
    KC_SPI_BRUTE_FORCE_PROTECTOR__DEFAULT_BRUTE_FORCE_DETECTOR__ALLOW_CONCURRENT_REQUESTS=true \
    setsid "$KC_HOME/bin/kc.sh" start-dev \
    --http-port "$KC_PORT" --http-management-port "$KC_MGMT_PORT" --hostname "$KC_URL" --import-realm \
    </dev/null >"$LOG_FILE" 2>&1 &
  echo $! >"$PID_FILE"
  log "starting Keycloak $KC_VERSION on $KC_URL (pid $!, log .run/$RUN_NAME.log)"
}

cmd_wait() {
  need_cmd curl
  local timeout="${KC_WAIT_TIMEOUT:-180}" waited=0 started pid
  while ! realm_ready; do
    if [ -f "$PID_FILE" ] && ! our_pid >/dev/null; then
      log "Keycloak process exited; last lines of $LOG_FILE:" >&2
      tail -n 60 "$LOG_FILE" >&2 2>/dev/null || true
      die "Keycloak died during startup"
    fi
    if [ "$waited" -ge "$timeout" ]; then
      log "not ready after ${timeout}s; last lines of $LOG_FILE:" >&2
      tail -n 60 "$LOG_FILE" >&2 2>/dev/null || true
      die "Keycloak did not become ready at $KC_WELL_KNOWN"
    fi
    sleep 2
    waited=$((waited + 2))
  done
  if pid="$(our_pid)" && [ -f "$STARTED_AT_FILE" ]; then
    started="$(cat "$STARTED_AT_FILE")"
    log "realm '$KC_REALM' ready at $KC_URL ($(($(date +%s) - started))s after start, pid $pid)"
  else
    log "realm '$KC_REALM' ready at $KC_URL"
  fi
  apply_demo_overlay
}

# The imported realm is the production one (no users, no demo clients, no password grant); the demo users and
# clients that make run, make test and the scripts log in with are applied on top, once per Keycloak we started.
apply_demo_overlay() {
  [ -f "$STARTED_AT_FILE" ] && our_pid >/dev/null || return 0
  [ -f "$OVERLAY_DONE_FILE" ] && return 0
  log "applying the demo overlay (keycloak/demo-overlay.sh)"
  KCADM="$KC_HOME/bin/kcadm.sh" KC_URL="$KC_URL" KC_REALM="$KC_REALM" \
    KC_ADMIN_USER="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" KC_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
    "$OVERLAY_SCRIPT" ||
    die "the demo overlay could not be applied"
  touch "$OVERLAY_DONE_FILE"
}

cmd_stop() {
  local pid pgid i
  if ! pid="$(our_pid)"; then
    rm -f "$PID_FILE" "$STARTED_AT_FILE"
    log "no Keycloak started by this script is running — nothing to stop"
    return 0
  fi
  pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ' || true)"
  log "stopping Keycloak (pid $pid)…"
  if [ -n "$pgid" ] && [ "$pgid" = "$pid" ]; then
    kill -TERM -- "-$pgid" 2>/dev/null || true # whole process group (setsid made pid the leader)
  else
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
  fi
  for ((i = 0; i < 30; i++)); do
    pid_alive "$pid" || break
    sleep 1
  done
  if pid_alive "$pid"; then
    warn "Keycloak did not exit after 30s — killing it"
    if [ -n "$pgid" ] && [ "$pgid" = "$pid" ]; then kill -KILL -- "-$pgid" 2>/dev/null || true; fi
    kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  # Both the HTTP port and the management port must be free again.
  wait_until 15 "ports $KC_PORT/$KC_MGMT_PORT to close" \
    bash -c "! (exec 3<>/dev/tcp/127.0.0.1/$KC_PORT) 2>/dev/null && ! (exec 3<>/dev/tcp/127.0.0.1/$KC_MGMT_PORT) 2>/dev/null" ||
    warn "ports $KC_PORT/$KC_MGMT_PORT still open after stopping our Keycloak"
  rm -f "$PID_FILE" "$STARTED_AT_FILE" "$OVERLAY_DONE_FILE"
  log "stopped"
}

cmd_status() {
  local pid
  if realm_ready; then
    if pid="$(our_pid)"; then log "ready at $KC_URL (started by us, pid $pid)"; else log "ready at $KC_URL (not started by us)"; fi
  elif pid="$(our_pid)"; then
    log "starting (pid $pid), not ready yet"
  else
    log "not running"
    return 1
  fi
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  start) cmd_start ;;
  wait) cmd_wait ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) usage ;;
esac
