#!/usr/bin/env bash
# The demo overlay: applied after the production realm (ocop-realm.json) was imported, never in a province's realm.
# Adds the demo users (password "demo") and the demo integrator clients with their published secrets
# (demo-overlay.json, through the admin API's partial import), turns the password grant on for ocop-spa (tests and
# demo scripts log in with it). The password "demo" is stored hashed (PBKDF2-SHA512, as Keycloak stores it): a partial
# import checks plain-text passwords against the realm's policy (length 12 …) and would refuse "demo", while a stored
# hash is taken as it is, so the demo realm keeps the production password policy for every password set later.
#
# Run by scripts/keycloak.sh wait (local Keycloak) and by docker-compose's keycloak-demo service (keycloak image).
#   KCADM          kcadm.sh (default /opt/keycloak/bin/kcadm.sh, as in the keycloak image)
#   KC_URL         Keycloak's base URL (default http://localhost:8180)
#   KC_REALM       default ocop
#   KC_ADMIN_USER, KC_ADMIN_PASSWORD   a master-realm admin
set -euo pipefail
KCADM="${KCADM:-/opt/keycloak/bin/kcadm.sh}"
KC_URL="${KC_URL:-http://localhost:8180}"
KC_REALM="${KC_REALM:-ocop}"
OVERLAY="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/demo-overlay.json"
# Each kcadm.sh call is a JVM start: two calls, each logging in itself (ocop-spa's internal id is fixed in the realm).
kcadm() {
  "$KCADM" "$@" --no-config --server "$KC_URL" --realm master \
    --user "${KC_ADMIN_USER:?KC_ADMIN_USER is required}" --password "${KC_ADMIN_PASSWORD:?KC_ADMIN_PASSWORD is required}"
}

kcadm create "realms/$KC_REALM/partialImport" -f "$OVERLAY" >/dev/null
kcadm update "realms/$KC_REALM/clients/ocop-spa" -s directAccessGrantsEnabled=true
echo "demo overlay applied to realm $KC_REALM at $KC_URL"
