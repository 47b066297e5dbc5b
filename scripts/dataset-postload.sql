-- scripts/dataset.sh, after the COPY of the national dataset: what the preload dropped comes back (and checks every
-- row), the sequences move past the loaded ids, the placements of the new map are computed, and the change feed gets
-- its first page (one CREATED event per loaded row, as V122 wrote for the rows before the feed). One transaction
-- (psql -1): the change feed's trigger numbers the events at its commit.
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
-- The change feed below looks each producer's commune up in the placements: with the statistics of the migrated
-- database (a few hundred units) that is a scan per row.
ANALYZE admin_unit, admin_unit_succession, admin_unit_placement, producer, product;

-- The change feed's first page for the loaded rows, as V122 numbers it (the deferred trigger numbers them at commit).
INSERT INTO change_event (resource_type, resource_id, action, version, at, actor, actor_role, placed, district_code,
                          commune_code, partner_tax_code)
SELECT t.resource_type, t.resource_id, 'CREATED', t.version, t.updated_at, 'system', 'system', t.placed,
       pr.district_code,
       CASE WHEN t.by_commune THEN change_event_commune(pr.commune_id,
                                                         (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) END,
       t.partner_tax_code
FROM (
    SELECT 'PRODUCER' AS resource_type, p.id AS resource_id, p.version, p.updated_at, true AS placed,
           p.id AS producer_id, true AS by_commune, NULL::varchar AS partner_tax_code, 1 AS rank
    FROM producer p
    UNION ALL
    SELECT 'PRODUCT', p.id, p.version, p.updated_at, true, p.producer_id, true, NULL, 2 FROM product p
    UNION ALL
    SELECT 'CERTIFICATION', c.id, c.version, c.updated_at, true, coalesce(c.producer_id, p.producer_id), true, NULL, 3
    FROM certification c LEFT JOIN product p ON p.id = c.product_id
    UNION ALL
    SELECT 'RECOGNITION_DECISION', d.id, d.version, d.updated_at, false, NULL, false, NULL, 4
    FROM recognition_decision d
    UNION ALL
    SELECT 'OCOP_CERTIFICATE', c.id, c.version, c.updated_at, true, p.producer_id, false, NULL, 5
    FROM ocop_certificate c JOIN product p ON p.id = c.product_id
    UNION ALL
    SELECT 'SALES_CONTRACT', c.id, c.version, c.updated_at, true, c.producer_id, false, pa.tax_code, 7
    FROM sales_contract c JOIN partner pa ON pa.id = c.partner_id
) t
LEFT JOIN producer pr ON pr.id = t.producer_id
ORDER BY t.rank, t.resource_id;
-- The numbering at commit joins the transaction's events to themselves: without statistics on them (ANALYZE counts
-- this transaction's own rows) it would plan for an empty table, in time quadratic in the events.
ANALYZE change_event;

-- Product codes once given are never given again: the counters continue after the loaded certificates' numbers.
INSERT INTO product_code_sequence (prefix, year, last_value)
SELECT substring(product_code FROM '^(.*)-[0-9]+-[0-9]{4}$'),
       substring(product_code FROM '-([0-9]{4})$')::int,
       max(substring(product_code FROM '-([0-9]+)-[0-9]{4}$')::int)
FROM ocop_certificate
WHERE product_code ~ '^.*-[0-9]+-[0-9]{4}$'
GROUP BY 1, 2
ON CONFLICT (prefix, year) DO UPDATE SET last_value = greatest(product_code_sequence.last_value, excluded.last_value);
