-- Issue 11 §5: the shapes of the whole rubric library (shared/data/rubrics/sheets-*-all.json).
-- * Nested criteria: the sensory blocks of tea and coffee (6.1 Ngoại hình → 6.1.1 Tạp chất …) are leaf criteria
--   with the sub-group they belong to and its printed total, checked like the group totals.
-- * Sum of selected: the 1048 tourism sheet's Phần C "(Được cộng tổng điểm các nội dung ghi Có)": several options
--   of one criterion are ticked and their points added. Every other criterion keeps one option (ONE_OPTION);
--   alternative scales (case_label, V50) stay one option of one case.
-- Adding columns with a default rewrites no row, so the freeze triggers of published versions are not involved.
ALTER TABLE rubric_criterion
    ADD COLUMN subgroup            varchar(300),
    ADD COLUMN subgroup_max_points int CHECK (subgroup_max_points BETWEEN 0 AND 100),
    ADD COLUMN scoring_rule        varchar(20) NOT NULL DEFAULT 'ONE_OPTION'
        CHECK (scoring_rule IN ('ONE_OPTION', 'SUM_OF_SELECTED'));

-- A sheet's choices are one row per chosen option: several for a SUM_OF_SELECTED criterion, exactly one per
-- criterion otherwise (the partial unique index keeps the one-choice rule where it applies).
ALTER TABLE score_choice ADD COLUMN sum_of_selected boolean NOT NULL DEFAULT false;
ALTER TABLE score_choice DROP CONSTRAINT score_choice_pkey;
ALTER TABLE score_choice ADD PRIMARY KEY (sheet_id, option_id);
CREATE UNIQUE INDEX score_choice_one_option_idx ON score_choice (sheet_id, criterion_id) WHERE NOT sum_of_selected;
CREATE INDEX score_choice_criterion_idx ON score_choice (sheet_id, criterion_id);

-- The flag must say what the criterion's rule says, and the option must be the criterion's: no writer can
-- tick two options of a one-option criterion by marking them sum_of_selected.
CREATE FUNCTION score_choice_rule() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM rubric_option o JOIN rubric_criterion c ON c.id = o.criterion_id
                   WHERE o.id = NEW.option_id AND c.id = NEW.criterion_id
                     AND (c.scoring_rule = 'SUM_OF_SELECTED') = NEW.sum_of_selected) THEN
        RAISE EXCEPTION 'option % of criterion % does not fit its scoring rule', NEW.option_id, NEW.criterion_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER score_choice_rule BEFORE INSERT OR UPDATE ON score_choice
    FOR EACH ROW EXECUTE FUNCTION score_choice_rule();
