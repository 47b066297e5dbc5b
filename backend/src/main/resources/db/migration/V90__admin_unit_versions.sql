-- Units with history (issue 11). A unit is a VERSION: its code and the days it was valid. Codes are reused (86 was a
-- smaller province before 2025-07-01; 29242 was Phường 3 and is now Phường Trà Vinh), so admin_unit gets a surrogate
-- id, at most one version of a code is valid on any day, and every record refers to the version it meant by id.
-- The code copied next to each id is held to that version's code by a composite foreign key (id, code): it can be
-- read and filtered on, but it can never name another version.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE producer DROP CONSTRAINT producer_district_code_fkey;
ALTER TABLE producer DROP CONSTRAINT producer_commune_code_fkey;
ALTER TABLE point_of_sale DROP CONSTRAINT point_of_sale_admin_unit_code_fkey;
ALTER TABLE recognition_decision DROP CONSTRAINT recognition_decision_admin_unit_code_fkey;
ALTER TABLE evaluation_round DROP CONSTRAINT evaluation_round_admin_unit_code_fkey;
ALTER TABLE evaluation_round DROP CONSTRAINT evaluation_round_district_code_fkey;
ALTER TABLE admin_unit DROP CONSTRAINT admin_unit_parent_code_fkey;

CREATE SEQUENCE admin_unit_seq START WITH 1 INCREMENT BY 50;
ALTER TABLE admin_unit ADD COLUMN id bigint;
UPDATE admin_unit SET id = nextval('admin_unit_seq');
-- nextval hands out 1, 51, 101…; the entity's pooled generator continues past them.
ALTER TABLE admin_unit DROP CONSTRAINT admin_unit_pkey;
ALTER TABLE admin_unit ALTER COLUMN id SET NOT NULL;
ALTER TABLE admin_unit ADD PRIMARY KEY (id);
ALTER TABLE admin_unit ADD CONSTRAINT admin_unit_id_code_uq UNIQUE (id, code);
ALTER TABLE admin_unit ADD CONSTRAINT admin_unit_code_from_uq UNIQUE (code, valid_from);
ALTER TABLE admin_unit ADD CONSTRAINT admin_unit_no_overlap
    EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to, '[]') WITH &&);
-- Thị trấn (township): a commune-level unit of the three-level system, gone since 2025-07-01.
ALTER TABLE admin_unit DROP CONSTRAINT admin_unit_type_check;
ALTER TABLE admin_unit ADD CONSTRAINT admin_unit_type_check
    CHECK (type IN ('PROVINCE','CITY','TOWN','DISTRICT','COMMUNE','WARD','TOWNSHIP'));
ALTER TABLE admin_unit ADD COLUMN parent_id bigint;
UPDATE admin_unit c SET parent_id = p.id FROM admin_unit p WHERE p.code = c.parent_code;
ALTER TABLE admin_unit ADD CONSTRAINT admin_unit_parent_fk
    FOREIGN KEY (parent_id, parent_code) REFERENCES admin_unit (id, code);
ALTER TABLE admin_unit ADD CONSTRAINT admin_unit_parent_both CHECK ((parent_id IS NULL) = (parent_code IS NULL));
DROP INDEX admin_unit_parent_idx;
CREATE INDEX admin_unit_parent_idx ON admin_unit (parent_id);
CREATE INDEX admin_unit_parent_code_idx ON admin_unit (parent_code, valid_from);

-- What a unit became: each link says when and whether the whole predecessor or a part of it went into the successor.
CREATE TABLE admin_unit_succession (
    predecessor_id bigint      NOT NULL REFERENCES admin_unit (id),
    successor_id   bigint      NOT NULL REFERENCES admin_unit (id),
    effective_on   date        NOT NULL,
    portion        varchar(10) NOT NULL CHECK (portion IN ('WHOLE','PART')),
    PRIMARY KEY (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
);
CREATE INDEX admin_unit_succession_successor_idx ON admin_unit_succession (successor_id);

-- Placement, precomputed: every unit version with each version it is in, itself included, through any number of
-- successions (the closure), with that version's code, type and validity copied. "Where is X today" is then one
-- indexed join with a date test, no recursion per row. portion is PART when any link on the way was a part.
CREATE TABLE admin_unit_placement (
    unit_id      bigint      NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
    placed_id    bigint      NOT NULL REFERENCES admin_unit (id) ON DELETE CASCADE,
    placed_code  varchar(10) NOT NULL,
    placed_type  varchar(20) NOT NULL,
    placed_from  date        NOT NULL,
    placed_to    date,
    portion      varchar(10) NOT NULL,
    PRIMARY KEY (unit_id, placed_id)
);
CREATE INDEX admin_unit_placement_code_idx ON admin_unit_placement (placed_code, placed_from);

CREATE FUNCTION admin_unit_placement_refresh() RETURNS void LANGUAGE sql AS $$
    DELETE FROM admin_unit_placement;
    INSERT INTO admin_unit_placement (unit_id, placed_id, placed_code, placed_type, placed_from, placed_to, portion)
    WITH RECURSIVE walk(unit_id, placed_id, part, depth) AS (
        SELECT id, id, false, 0 FROM admin_unit
        UNION ALL
        SELECT w.unit_id, s.successor_id, w.part OR s.portion = 'PART', w.depth + 1
        FROM walk w JOIN admin_unit_succession s ON s.predecessor_id = w.placed_id
        WHERE w.depth < 20)
    SELECT w.unit_id, w.placed_id, u.code, u.type, u.valid_from, u.valid_to,
           CASE WHEN bool_and(w.part) THEN 'PART' ELSE 'WHOLE' END
    FROM walk w JOIN admin_unit u ON u.id = w.placed_id
    GROUP BY w.unit_id, w.placed_id, u.code, u.type, u.valid_from, u.valid_to;
$$;

-- The version of a code on a date; without one that day, the latest that began before it, else the first after.
CREATE FUNCTION admin_unit_version(p_code varchar, p_on date) RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT id FROM admin_unit WHERE code = p_code
    ORDER BY (valid_from <= p_on AND (valid_to IS NULL OR valid_to >= p_on)) DESC,
             (valid_from <= p_on) DESC,
             CASE WHEN valid_from <= p_on THEN valid_from END DESC NULLS LAST,
             valid_from
    LIMIT 1;
$$;

-- Producers: the district version (none on the map of today) and the commune version they were recorded in.
ALTER TABLE producer ADD COLUMN district_id bigint;
ALTER TABLE producer ADD COLUMN commune_id bigint;
UPDATE producer p SET district_id = u.id FROM admin_unit u WHERE u.code = p.district_code;
UPDATE producer p SET commune_id = u.id FROM admin_unit u WHERE u.code = p.commune_code;
ALTER TABLE producer ALTER COLUMN district_code DROP NOT NULL;
ALTER TABLE producer ADD CONSTRAINT producer_district_fk
    FOREIGN KEY (district_id, district_code) REFERENCES admin_unit (id, code);
ALTER TABLE producer ADD CONSTRAINT producer_commune_fk
    FOREIGN KEY (commune_id, commune_code) REFERENCES admin_unit (id, code);
ALTER TABLE producer ADD CONSTRAINT producer_district_both CHECK ((district_id IS NULL) = (district_code IS NULL));
ALTER TABLE producer ADD CONSTRAINT producer_commune_both CHECK ((commune_id IS NULL) = (commune_code IS NULL));
ALTER TABLE producer ADD CONSTRAINT producer_placed CHECK (district_id IS NOT NULL OR commune_id IS NOT NULL);
CREATE INDEX producer_commune_idx ON producer (commune_id);
CREATE INDEX producer_district_id_idx ON producer (district_id);

-- Points of sale, recognition decisions and rounds: the version valid on the record's own date (today for a point
-- of sale, the decision's date, the round's opening). Their services name a code; a trigger keeps the id on the
-- version of that date, so the pair can never drift apart.
ALTER TABLE point_of_sale ADD COLUMN admin_unit_id bigint;
UPDATE point_of_sale p SET admin_unit_id = u.id FROM admin_unit u WHERE u.code = p.admin_unit_code;
ALTER TABLE point_of_sale ALTER COLUMN admin_unit_id SET NOT NULL;
ALTER TABLE point_of_sale ADD CONSTRAINT point_of_sale_unit_fk
    FOREIGN KEY (admin_unit_id, admin_unit_code) REFERENCES admin_unit (id, code);

ALTER TABLE recognition_decision ADD COLUMN admin_unit_id bigint;
UPDATE recognition_decision d SET admin_unit_id = u.id FROM admin_unit u WHERE u.code = d.admin_unit_code;
ALTER TABLE recognition_decision ALTER COLUMN admin_unit_id SET NOT NULL;
ALTER TABLE recognition_decision ADD CONSTRAINT recognition_decision_unit_fk
    FOREIGN KEY (admin_unit_id, admin_unit_code) REFERENCES admin_unit (id, code);

ALTER TABLE evaluation_round ADD COLUMN admin_unit_id bigint;
ALTER TABLE evaluation_round ADD COLUMN district_id bigint;
UPDATE evaluation_round r SET admin_unit_id = u.id FROM admin_unit u WHERE u.code = r.admin_unit_code;
UPDATE evaluation_round r SET district_id = u.id FROM admin_unit u WHERE u.code = r.district_code;
ALTER TABLE evaluation_round ALTER COLUMN admin_unit_id SET NOT NULL;
ALTER TABLE evaluation_round ADD CONSTRAINT evaluation_round_unit_fk
    FOREIGN KEY (admin_unit_id, admin_unit_code) REFERENCES admin_unit (id, code);
ALTER TABLE evaluation_round ADD CONSTRAINT evaluation_round_district_fk
    FOREIGN KEY (district_id, district_code) REFERENCES admin_unit (id, code);
ALTER TABLE evaluation_round ADD CONSTRAINT evaluation_round_district_both
    CHECK ((district_id IS NULL) = (district_code IS NULL));

CREATE FUNCTION point_of_sale_unit_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.admin_unit_code IS DISTINCT FROM OLD.admin_unit_code THEN
        NEW.admin_unit_id := admin_unit_version(NEW.admin_unit_code, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER point_of_sale_unit_version BEFORE INSERT OR UPDATE ON point_of_sale
    FOR EACH ROW EXECUTE FUNCTION point_of_sale_unit_version();

CREATE FUNCTION recognition_decision_unit_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.admin_unit_code IS DISTINCT FROM OLD.admin_unit_code
            OR NEW.decided_on IS DISTINCT FROM OLD.decided_on THEN
        NEW.admin_unit_id := admin_unit_version(NEW.admin_unit_code, NEW.decided_on);
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER recognition_decision_unit_version BEFORE INSERT OR UPDATE ON recognition_decision
    FOR EACH ROW EXECUTE FUNCTION recognition_decision_unit_version();

CREATE FUNCTION evaluation_round_unit_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.admin_unit_code IS DISTINCT FROM OLD.admin_unit_code
            OR NEW.district_code IS DISTINCT FROM OLD.district_code OR NEW.opens_on IS DISTINCT FROM OLD.opens_on THEN
        NEW.admin_unit_id := admin_unit_version(NEW.admin_unit_code, NEW.opens_on);
        NEW.district_id := CASE WHEN NEW.district_code IS NULL THEN NULL
                                ELSE admin_unit_version(NEW.district_code, NEW.opens_on) END;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER evaluation_round_unit_version BEFORE INSERT OR UPDATE ON evaluation_round
    FOR EACH ROW EXECUTE FUNCTION evaluation_round_unit_version();
