-- Publishing a version that carries ERROR findings is a deliberate act (issue 8 §4): each such finding records
-- who accepted it, when and why, and no writer can publish a version while one of them is unaccepted.
ALTER TABLE rubric_finding
    ADD COLUMN accepted_at       timestamptz,
    ADD COLUMN accepted_by       varchar(100),
    ADD COLUMN acceptance_reason varchar(2000),
    ADD CONSTRAINT rubric_finding_acceptance_check
        CHECK ((accepted_at IS NULL) = (accepted_by IS NULL) AND (accepted_at IS NULL) = (acceptance_reason IS NULL)),
    ADD CONSTRAINT rubric_finding_accepted_error_check CHECK (accepted_at IS NULL OR severity = 'ERROR');

-- Versions the seed published before this rule took their sheets as the official source printed them: record
-- that acceptance on their findings (the frozen content is otherwise untouched) and in the audit trail.
ALTER TABLE rubric_finding DISABLE TRIGGER rubric_finding_frozen;
UPDATE rubric_finding f
SET accepted_at = v.published_at, accepted_by = 'system/seed',
    acceptance_reason = 'Published as printed in the official decision; the anomaly is flagged, not corrected.'
FROM rubric_version v
WHERE v.id = f.rubric_version_id AND v.status = 'PUBLISHED' AND f.severity = 'ERROR' AND f.accepted_at IS NULL;
ALTER TABLE rubric_finding ENABLE TRIGGER rubric_finding_frozen;

INSERT INTO audit_event (entity_type, entity_id, action, changes, note, actor, at)
SELECT 'RubricVersion', f.rubric_version_id::text, 'FINDINGS_ACCEPTED',
       jsonb_build_object('acceptedFindings', jsonb_build_object('from', NULL, 'to',
           jsonb_agg(f.code || ' ' || f.subject || ': ' || f.message ORDER BY f.rubric_sheet_id, f.position))),
       min(f.acceptance_reason), 'system/seed', now()
FROM rubric_finding f
WHERE f.accepted_by = 'system/seed'
GROUP BY f.rubric_version_id;

CREATE FUNCTION rubric_version_publishable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM rubric_finding f WHERE f.rubric_version_id = NEW.id
            AND f.severity = 'ERROR' AND f.accepted_at IS NULL) THEN
        RAISE EXCEPTION 'rubric version % has ERROR findings nobody accepted', NEW.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER rubric_version_publishable BEFORE INSERT OR UPDATE ON rubric_version
    FOR EACH ROW EXECUTE FUNCTION rubric_version_publishable();
