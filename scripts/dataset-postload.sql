-- scripts/dataset.sh, after the COPY of the national dataset: what the preload dropped comes back (and checks every
-- row), the sequences move past the loaded ids and the placements of the new map are computed. One transaction
-- (psql -1).
SET maintenance_work_mem = '256MB';

-- What score_choice_rule checks row by row, once for all the loaded rows.
DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM score_choice s
               LEFT JOIN rubric_option o ON o.id = s.option_id AND o.criterion_id = s.criterion_id
               LEFT JOIN rubric_criterion c ON c.id = o.criterion_id
               WHERE c.id IS NULL OR (c.scoring_rule = 'SUM_OF_SELECTED') <> s.sum_of_selected) THEN
        RAISE EXCEPTION 'a loaded score choice does not fit its criterion''s scoring rule';
    END IF;
END $$;
ALTER TABLE score_choice ENABLE TRIGGER score_choice_rule;

DO $$
DECLARE d record;
BEGIN
    FOR d IN SELECT * FROM dataset_deferred ORDER BY kind, position LOOP
        IF d.kind = 'b-index' THEN
            EXECUTE d.definition;
        ELSE
            EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', d.tbl, d.name, d.definition);
        END IF;
    END LOOP;
END $$;
DROP TABLE dataset_deferred;

-- Hibernate's pooled generators hand out the 50 ids below each value they take: move every sequence well past the
-- largest id of its table.
DO $$
DECLARE s record; top bigint;
BEGIN
    FOR s IN SELECT seq.relname AS seq, tab.relname AS tbl
             FROM pg_class seq JOIN pg_class tab ON tab.relname = substring(seq.relname FROM '^(.*)_seq$')
             WHERE seq.relkind = 'S' AND tab.relkind = 'r'
               AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = tab.oid AND a.attname = 'id') LOOP
        EXECUTE format('SELECT max(id) FROM %I', s.tbl) INTO top;
        IF top IS NOT NULL THEN
            PERFORM setval(s.seq::regclass, top + 100);
        END IF;
    END LOOP;
END $$;
-- bigserial columns (council_member, …) own sequences of their own.
DO $$
DECLARE s record; top bigint;
BEGIN
    FOR s IN SELECT seq.oid::regclass AS seq, tab.relname AS tbl
             FROM pg_class seq JOIN pg_depend d ON d.objid = seq.oid AND d.deptype = 'a'
             JOIN pg_class tab ON tab.oid = d.refobjid
             JOIN pg_attribute a ON a.attrelid = tab.oid AND a.attnum = d.refobjsubid AND a.attname = 'id'
             WHERE seq.relkind = 'S' LOOP
        EXECUTE format('SELECT max(id) FROM %I', s.tbl) INTO top;
        IF top IS NOT NULL THEN
            PERFORM setval(s.seq, top);
        END IF;
    END LOOP;
END $$;

DO $$ BEGIN PERFORM admin_unit_placement_refresh(); END $$;
