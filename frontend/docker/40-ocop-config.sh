#!/bin/sh
# Writes the SPA's runtime configuration from the container's environment (nginx's entrypoint runs this at start).
set -eu
cat > /usr/share/nginx/html/config.json <<JSON
{
  "apiUrl": "${OCOP_API_URL}",
  "keycloakUrl": "${OCOP_KEYCLOAK_URL}",
  "realm": "${OCOP_KEYCLOAK_REALM}",
  "clientId": "${OCOP_KEYCLOAK_CLIENT_ID}"
}
JSON
echo "ocop: /config.json → API ${OCOP_API_URL}, Keycloak ${OCOP_KEYCLOAK_URL} realm ${OCOP_KEYCLOAK_REALM} client ${OCOP_KEYCLOAK_CLIENT_ID}"
