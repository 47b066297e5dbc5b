-- The invariants of a loaded national dataset (scripts/dataset.sh --check, run by scripts/test.sh at a small scale).
-- psql -v scale=F: the counts the generator scales. Each check raises an exception naming what does not hold.
SELECT set_config('dataset.scale', :'scale', false) \gset
DO $$
DECLARE
    scale numeric := current_setting('dataset.scale')::numeric;
    n bigint;
    want bigint;
    bad text;
BEGIN
    -- Counts: the maps are whole at any scale; the rest scales.
    SELECT count(*) INTO n FROM admin_unit WHERE type = 'PROVINCE' AND valid_from <= '2026-01-01' AND valid_to IS NULL;
    IF n <> 34 THEN RAISE EXCEPTION '% provinces on today''s map, not 34', n; END IF;
    SELECT count(*) INTO n FROM admin_unit WHERE type IN ('COMMUNE', 'WARD') AND valid_to IS NULL;
    IF n <> 3321 THEN RAISE EXCEPTION '% communes and wards on today''s map, not 3,321', n; END IF;
    SELECT count(*) INTO n FROM admin_unit WHERE type = 'PROVINCE' AND valid_from <= '2025-06-30'
        AND (valid_to IS NULL OR valid_to >= '2025-06-30');
    IF n <> 63 THEN RAISE EXCEPTION '% provinces on 2025-06-30, not 63', n; END IF;
    SELECT count(*) INTO n FROM admin_unit u WHERE u.valid_to = '2025-06-30' AND u.type IN ('COMMUNE', 'WARD', 'TOWNSHIP')
        AND u.parent_code NOT IN ('829','831','832','833','834','835','836','837','838','855','857','858','859','860',
                                  '861','862','863')
        AND NOT EXISTS (SELECT 1 FROM admin_unit_placement p WHERE p.unit_id = u.id AND p.placed_to IS NULL
                        AND p.placed_type IN ('COMMUNE', 'WARD'));
    IF n > 0 THEN RAISE EXCEPTION '% communes of the old map lie in no commune of today', n; END IF;
    FOR bad, want IN VALUES ('producer', 8000), ('product', 17000), ('certification', 40000),
                            ('sales_contract', 10000) LOOP
        EXECUTE format('SELECT count(*) FROM %I', bad) INTO n;
        IF n <> greatest(1, round(want * scale)) THEN
            RAISE EXCEPTION '% rows in %, not % × % = %', n, bad, want, scale, greatest(1, round(want * scale));
        END IF;
    END LOOP;
    SELECT count(*) INTO n FROM score_sheet;
    IF n NOT BETWEEN 120000 * scale AND 180000 * scale THEN
        RAISE EXCEPTION '% score sheets, not about 150,000 × %', n, scale;
    END IF;
    SELECT count(*) INTO n FROM ocop_certificate;
    IF n NOT BETWEEN 14000 * scale AND 20000 * scale THEN
        RAISE EXCEPTION '% OCOP certificates, not about 17,000 × %', n, scale;
    END IF;
    SELECT count(DISTINCT legal_basis_code) INTO n FROM evaluation_round r
        WHERE EXISTS (SELECT 1 FROM evaluation_entry e JOIN score_sheet s ON s.entry_id = e.id WHERE e.round_id = r.id);
    IF n < 4 THEN RAISE EXCEPTION 'score sheets under % legal bases, not 1048, 148, 1489 and 26/2026', n; END IF;

    -- Score sheets: each choice is an option of its criterion on the entry's rubric sheet; the total and the part
    -- totals are the sums of the chosen points; a submitted sheet answers every one-option criterion.
    SELECT string_agg(s.id::text, ', ') INTO bad FROM (
        SELECT s.id FROM score_sheet s JOIN score_choice c ON c.sheet_id = s.id
        JOIN evaluation_entry e ON e.id = s.entry_id
        LEFT JOIN rubric_option o ON o.id = c.option_id AND o.criterion_id = c.criterion_id
            AND o.rubric_sheet_id = e.rubric_sheet_id AND o.points = c.points
        WHERE o.id IS NULL LIMIT 5) s;
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'sheets % choose options not of their rubric sheet (or other points)', bad; END IF;
    SELECT string_agg(id::text, ', ') INTO bad FROM (
        SELECT s.id FROM score_sheet s LEFT JOIN (SELECT sheet_id, sum(points) AS pts FROM score_choice GROUP BY 1) c
            ON c.sheet_id = s.id
        WHERE s.total <> coalesce(c.pts, 0) LIMIT 5) x;
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'sheets % have a total other than their choices'' points', bad; END IF;
    SELECT string_agg(id::text, ', ') INTO bad FROM (
        SELECT s.id FROM score_sheet s
        JOIN evaluation_entry e ON e.id = s.entry_id
        JOIN rubric_sheet_part p ON p.rubric_sheet_id = e.rubric_sheet_id
        LEFT JOIN (SELECT c.sheet_id, k.part_id, sum(c.points) AS pts FROM score_choice c
                   JOIN rubric_criterion k ON k.id = c.criterion_id GROUP BY 1, 2) c
            ON c.sheet_id = s.id AND c.part_id = p.id
        WHERE (s.part_totals ->> p.code)::int IS DISTINCT FROM coalesce(c.pts, 0) LIMIT 5) x;
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'sheets % have part totals other than their choices'' points', bad; END IF;
    SELECT string_agg(id::text, ', ') INTO bad FROM (
        SELECT s.id FROM score_sheet s JOIN evaluation_entry e ON e.id = s.entry_id
        JOIN rubric_criterion k ON k.rubric_sheet_id = e.rubric_sheet_id AND k.scoring_rule = 'ONE_OPTION'
        WHERE s.status = 'SUBMITTED'
          AND EXISTS (SELECT 1 FROM rubric_option o WHERE o.criterion_id = k.id AND o.points IS NOT NULL)
          AND NOT EXISTS (SELECT 1 FROM score_choice c WHERE c.sheet_id = s.id AND c.criterion_id = k.id) LIMIT 5) x;
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'submitted sheets % leave a criterion unanswered', bad; END IF;
    -- Options of one case per criterion (alternative scales: the one case that applies).
    SELECT string_agg(sheet_id::text, ', ') INTO bad FROM (
        SELECT c.sheet_id FROM score_choice c JOIN rubric_option o ON o.id = c.option_id
        GROUP BY c.sheet_id, c.criterion_id HAVING count(DISTINCT coalesce(o.case_label, '')) > 1 LIMIT 5) x;
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'sheets % mix the cases of a criterion', bad; END IF;
    -- Council: sheets are the members'.
    SELECT count(*) INTO n FROM score_sheet s JOIN evaluation_entry e ON e.id = s.entry_id
        WHERE NOT EXISTS (SELECT 1 FROM council_member m WHERE m.round_id = e.round_id AND m.username = s.member_username);
    IF n > 0 THEN RAISE EXCEPTION '% sheets of people outside the round''s council', n; END IF;

    -- Results: the mean of the submitted totals (two decimals, half up), its band of the round's rubric version.
    SELECT string_agg(entry_id::text, ', ') INTO bad FROM (
        SELECT r.entry_id FROM evaluation_result r JOIN evaluation_round rd ON rd.id = r.round_id
        JOIN (SELECT entry_id, count(*) AS n, round(avg(total), 2) AS mean, min(total) AS lo, max(total) AS hi
              FROM score_sheet WHERE status = 'SUBMITTED' GROUP BY 1) s ON s.entry_id = r.entry_id
        LEFT JOIN rubric_star_band b ON b.rubric_version_id = rd.rubric_version_id AND r.mean >= b.min_score
            AND (b.max_score_exclusive IS NULL OR r.mean < b.max_score_exclusive)
        WHERE r.mean <> s.mean OR r.submitted_sheets <> s.n OR r.min_total <> s.lo OR r.max_total <> s.hi
           OR b.stars IS DISTINCT FROM r.band_stars OR r.stars > r.band_stars LIMIT 5) x;
    IF bad IS NOT NULL THEN RAISE EXCEPTION 'results of entries % do not follow from their sheets', bad; END IF;
    SELECT count(*) INTO n FROM evaluation_result r JOIN evaluation_entry e ON e.id = r.entry_id
        WHERE r.outcome = 'FORWARDED' AND NOT EXISTS (
            SELECT 1 FROM evaluation_entry f WHERE f.id = r.forwarded_to_entry_id AND f.forwarded_from_entry_id = e.id
              AND f.product_id = e.product_id);
    IF n > 0 THEN RAISE EXCEPTION '% forwarded entries without their entry at the next level', n; END IF;

    -- Certificates: one per recognised result of the decision's round, its stars, issued on the decision's day,
    -- valid 36 months; decisions at the round's level, under its legal basis.
    SELECT count(*) INTO n FROM ocop_certificate c JOIN recognition_decision d ON d.id = c.decision_id
        JOIN evaluation_round rd ON rd.id = d.evaluation_round_id
        WHERE c.issued_on <> d.decided_on OR c.valid_until <> (d.decided_on + interval '36 months' - interval '1 day')::date
           OR d.level <> rd.level OR d.legal_basis_code <> rd.legal_basis_code OR rd.status <> 'FINALIZED'
           OR NOT EXISTS (SELECT 1 FROM evaluation_result r JOIN evaluation_entry e ON e.id = r.entry_id
                          WHERE r.round_id = rd.id AND e.product_id = c.product_id AND r.outcome = 'RECOGNISED'
                            AND r.stars = c.stars);
    IF n > 0 THEN RAISE EXCEPTION '% certificates do not match their decision and its round''s results', n; END IF;
    SELECT count(*) INTO n FROM evaluation_result r JOIN recognition_decision d ON d.evaluation_round_id = r.round_id
        JOIN evaluation_entry e ON e.id = r.entry_id
        WHERE r.outcome = 'RECOGNISED'
          AND NOT EXISTS (SELECT 1 FROM ocop_certificate c WHERE c.decision_id = d.id AND c.product_id = e.product_id);
    IF n > 0 THEN RAISE EXCEPTION '% recognised results without their certificate', n; END IF;
    SELECT count(*) INTO n FROM ocop_certificate c JOIN recognition_decision d ON d.id = c.decision_id
        JOIN legal_basis b ON b.code = d.legal_basis_code
        WHERE d.decided_on NOT BETWEEN b.in_force_from AND coalesce(b.in_force_to, 'infinity');
    IF n > 0 THEN RAISE EXCEPTION '% certificates decided outside their legal basis''s time', n; END IF;

    -- The change feed numbers every loaded row; the sequences continue after the loaded ids.
    SELECT count(*) INTO n FROM change_event WHERE seq IS NULL;
    IF n > 0 THEN RAISE EXCEPTION '% change events without a number', n; END IF;
    SELECT (SELECT count(*) FROM producer) + (SELECT count(*) FROM product) + (SELECT count(*) FROM certification)
         + (SELECT count(*) FROM recognition_decision) + (SELECT count(*) FROM ocop_certificate)
         + (SELECT count(*) FROM sales_contract) - (SELECT count(*) FROM change_event) INTO n;
    IF n <> 0 THEN RAISE EXCEPTION 'the change feed misses % loaded rows', n; END IF;
    FOR bad IN SELECT t FROM unnest(ARRAY['producer', 'product', 'certification', 'evaluation_round', 'evaluation_entry',
                                          'score_sheet', 'ocop_certificate', 'recognition_decision', 'sales_contract',
                                          'admin_unit']) t LOOP
        EXECUTE format('SELECT (SELECT last_value FROM %I) - (SELECT max(id) FROM %I)', bad || '_seq', bad) INTO n;
        IF n < 50 THEN RAISE EXCEPTION 'sequence %_seq is not past the loaded ids', bad; END IF;
    END LOOP;
END $$;
