-- The trails are append-only for every database role, the table owner (the application and Flyway) included: a
-- REVOKE would not bind the owner, a trigger does. Refused: any UPDATE or DELETE of a row and TRUNCATE (a statement
-- trigger, as TRUNCATE fires no row trigger) of
--   audit_event           who changed what (AuditLog.record)
--   change_event          the change feed's outbox, except the one numbering of a row at commit (seq NULL → a number,
--                         nothing else changed; change_event_number)
--   support_request_step  a support request's timeline
-- Only dropping the whole database (scripts/postgres.sh reset, a restore's replace) removes them.
CREATE FUNCTION refuse_trail_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION refuse_trail_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_trail_change();

CREATE TRIGGER support_request_step_append_only BEFORE UPDATE OR DELETE ON support_request_step
    FOR EACH ROW EXECUTE FUNCTION refuse_trail_change();
CREATE TRIGGER support_request_step_no_truncate BEFORE TRUNCATE ON support_request_step
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_trail_change();

-- The WHEN clause lets the numbering's UPDATE through without calling a function per row (an import numbers 5,000).
CREATE TRIGGER change_event_append_only BEFORE UPDATE ON change_event
    FOR EACH ROW WHEN (OLD.seq IS NOT NULL OR NEW.seq IS NULL OR to_jsonb(OLD) - 'seq' <> to_jsonb(NEW) - 'seq')
    EXECUTE FUNCTION refuse_trail_change();
CREATE TRIGGER change_event_no_delete BEFORE DELETE ON change_event
    FOR EACH ROW EXECUTE FUNCTION refuse_trail_change();
CREATE TRIGGER change_event_no_truncate BEFORE TRUNCATE ON change_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_trail_change();
