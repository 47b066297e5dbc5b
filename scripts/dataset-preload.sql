-- scripts/dataset.sh, before the COPY of the national dataset: the loaded tables' foreign keys, unique constraints and
-- secondary indexes are recorded in dataset_deferred and dropped; scripts/dataset-postload.sql recreates them from
-- there (one sort per index instead of a tree update per row; every row is checked once more on the way back).
-- Primary keys, CHECK and exclusion constraints stay. The per-row check of score_choice_rule is replaced by one
-- set-based check in the postload. The admin-unit tables are small and keep theirs.
CREATE TABLE dataset_deferred (position serial, kind text NOT NULL, name text NOT NULL, tbl text NOT NULL,
                               definition text NOT NULL);
CREATE TEMP TABLE loaded (tbl) AS VALUES ('producer'), ('product'), ('certification'), ('partner'),
    ('sales_contract'), ('sales_contract_line'), ('recognition_decision'), ('ocop_certificate'),
    ('evaluation_round'), ('council_member'), ('evaluation_entry'), ('score_sheet'), ('score_choice'),
    ('evaluation_result');

-- Constraints from or to a loaded table: unique first, foreign keys after (they need the unique indexes).
INSERT INTO dataset_deferred (kind, name, tbl, definition)
SELECT CASE c.contype WHEN 'u' THEN 'a-unique' ELSE 'c-foreign' END, c.conname, c.conrelid::regclass::text,
       pg_get_constraintdef(c.oid)
FROM pg_constraint c
WHERE c.contype IN ('u', 'f')
  AND (c.conrelid::regclass::text IN (SELECT tbl FROM loaded) OR c.confrelid::regclass::text IN (SELECT tbl FROM loaded))
ORDER BY c.contype DESC, c.conname;

-- Indexes that no constraint owns (the primary keys stay).
INSERT INTO dataset_deferred (kind, name, tbl, definition)
SELECT 'b-index', i.indexrelid::regclass::text, i.indrelid::regclass::text, pg_get_indexdef(i.indexrelid)
FROM pg_index i
WHERE i.indrelid::regclass::text IN (SELECT tbl FROM loaded)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
ORDER BY 2;

DO $$
DECLARE d record;
BEGIN
    FOR d IN SELECT * FROM dataset_deferred WHERE kind = 'c-foreign' LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', d.tbl, d.name);
    END LOOP;
    FOR d IN SELECT * FROM dataset_deferred WHERE kind = 'a-unique' LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', d.tbl, d.name);
    END LOOP;
    FOR d IN SELECT * FROM dataset_deferred WHERE kind = 'b-index' LOOP
        EXECUTE format('DROP INDEX %s', d.name);
    END LOOP;
END $$;
ALTER TABLE score_choice DISABLE TRIGGER score_choice_rule;
