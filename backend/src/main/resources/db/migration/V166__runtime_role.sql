-- The application's own database role (quarkus.datasource.username, placeholder runtime_role), apart from the owner that
-- Flyway migrates as (quarkus.flyway.username). The owner may ALTER or DROP its tables and so switch off V140's
-- triggers; the runtime role may only read and write rows: no DDL (it owns nothing and PostgreSQL 15 gives nobody
-- CREATE on schema public), no TRUNCATE, and no UPDATE or DELETE on the trails, whose triggers still bind the owner.
-- Tables and sequences that later migrations create get the same grants (default privileges of the owner).
DO $$
DECLARE
    app text := '${runtime_role}';
BEGIN
    IF app = current_user THEN
        RAISE EXCEPTION 'the application''s database role (%) must not be the schema''s owner, which Flyway migrates as', app
            USING HINT = 'Create a login role for the application (scripts/lib.sh ocop_roles_sql) and name it in '
                         'quarkus.datasource.username; quarkus.flyway.username names the owner.';
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', app);
    -- The trails are appended to and read. The feed's numbering at commit (change_event_number) sets seq, and only seq.
    EXECUTE format('REVOKE UPDATE, DELETE ON audit_event, support_request_step, change_event FROM %I', app);
    EXECUTE format('GRANT UPDATE (seq) ON change_event TO %I', app);
    -- The migrations' history is Flyway's.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM %I', app);
END $$;
