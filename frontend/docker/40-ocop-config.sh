#!/bin/sh
# Writes the SPA's runtime configuration from the container's environment (nginx's entrypoint runs this at start), and
# the security headers whose CSP names the same API and Keycloak origins (content-security-policy.txt).
set -eu
cat > /usr/share/nginx/html/config.json <<JSON
{
  "apiUrl": "${OCOP_API_URL}",
  "keycloakUrl": "${OCOP_KEYCLOAK_URL}",
  "realm": "${OCOP_KEYCLOAK_REALM}",
  "clientId": "${OCOP_KEYCLOAK_CLIENT_ID}"
}
JSON
csp="$(grep -v '^#' /etc/nginx/ocop-content-security-policy.txt | grep . |
  sed -e "s|\${OCOP_API_URL}|${OCOP_API_URL}|g" -e "s|\${OCOP_KEYCLOAK_URL}|${OCOP_KEYCLOAK_URL}|g" |
  paste -sd ';' - | sed 's/;/; /g')"
cat > /etc/nginx/ocop-security-headers.conf <<CONF
add_header Content-Security-Policy "${csp}" always;
add_header X-Content-Type-Options "nosniff" always;
add_header X-Frame-Options "DENY" always;
add_header Referrer-Policy "no-referrer" always;
CONF
echo "ocop: /config.json → API ${OCOP_API_URL}, Keycloak ${OCOP_KEYCLOAK_URL} realm ${OCOP_KEYCLOAK_REALM} client ${OCOP_KEYCLOAK_CLIENT_ID}"
