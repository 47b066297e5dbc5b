#!/bin/sh
# docker-compose.yml: run by the postgres image once, when its data volume is first initialised. The backend's own
# role, ocop_app: V166 grants it rows only; POSTGRES_USER (ocop) owns the schema and Flyway migrates as it.
# A volume made before this script: run the same CREATE ROLE once with `docker compose exec postgres psql -U ocop ocop`.
set -eu
psql -v ON_ERROR_STOP=1 -v password="$OCOP_DB_APP_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE ocop_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password';
SQL
