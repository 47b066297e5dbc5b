-- Rubrics (bộ tiêu chí / phiếu đánh giá) as versioned data. A version belongs to one legal basis and holds
-- the official part totals, the star bands and one score sheet per product set. Score sheets of evaluations
-- reference criteria and options by id, so a PUBLISHED version never changes (enforced by triggers below).
CREATE SEQUENCE rubric_version_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE rubric_version (
    id               bigint       PRIMARY KEY,
    legal_basis_code varchar(40)  NOT NULL REFERENCES legal_basis (code),
    name             varchar(300) NOT NULL,
    status           varchar(20)  NOT NULL CHECK (status IN ('DRAFT','PUBLISHED')),
    effective_from   date         NOT NULL,
    effective_to     date,
    -- Set on versions imported from the bundled official sheets, so the import runs once.
    seed_key         varchar(60)  UNIQUE,
    published_at     timestamptz,
    published_by     varchar(100),
    version          bigint       NOT NULL DEFAULT 0,
    created_at       timestamptz  NOT NULL,
    created_by       varchar(100) NOT NULL,
    updated_at       timestamptz  NOT NULL,
    updated_by       varchar(100) NOT NULL,
    CHECK (effective_to IS NULL OR effective_to >= effective_from),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
CREATE INDEX rubric_version_basis_idx ON rubric_version (legal_basis_code, effective_from);
CREATE INDEX rubric_version_status_idx ON rubric_version (status);
CREATE INDEX rubric_version_name_search_idx ON rubric_version USING gin (f_unaccent(name) gin_trgm_ops);

-- Official part totals (A 35 / B 25 / C 40 under 1048; A 40 / B 25 / C 35 under 148 and 26/2026).
CREATE TABLE rubric_version_part (
    id                bigserial    PRIMARY KEY,
    rubric_version_id bigint       NOT NULL REFERENCES rubric_version (id) ON DELETE CASCADE,
    code              varchar(5)   NOT NULL,
    title             varchar(300) NOT NULL,
    max_points        int          NOT NULL CHECK (max_points BETWEEN 0 AND 100),
    position          int          NOT NULL,
    UNIQUE (rubric_version_id, code)
);

-- Star bands, half-open on the mean score: min_score <= s < max_score_exclusive (NULL = up to 100 inclusive).
CREATE TABLE rubric_star_band (
    id                  bigserial    PRIMARY KEY,
    rubric_version_id   bigint       NOT NULL REFERENCES rubric_version (id) ON DELETE CASCADE,
    stars               int          NOT NULL CHECK (stars BETWEEN 1 AND 5),
    min_score           numeric(5,2) NOT NULL CHECK (min_score BETWEEN 0 AND 100),
    max_score_exclusive numeric(5,2) CHECK (max_score_exclusive BETWEEN 0 AND 100),
    UNIQUE (rubric_version_id, stars)
);

-- One score sheet per product set (bộ sản phẩm) of the version's legal basis.
CREATE SEQUENCE rubric_sheet_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE rubric_sheet (
    id                bigint       PRIMARY KEY,
    rubric_version_id bigint       NOT NULL REFERENCES rubric_version (id) ON DELETE CASCADE,
    product_set_id    bigint       NOT NULL REFERENCES product_set (id),
    number            int          NOT NULL,
    name              varchar(300) NOT NULL,
    industry          varchar(300),
    group_name        varchar(300),
    managing_ministry varchar(300),
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    created_by        varchar(100) NOT NULL,
    updated_at        timestamptz  NOT NULL,
    updated_by        varchar(100) NOT NULL,
    UNIQUE (rubric_version_id, product_set_id),
    UNIQUE (rubric_version_id, number)
);
CREATE INDEX rubric_sheet_product_set_idx ON rubric_sheet (product_set_id);
CREATE INDEX rubric_sheet_name_search_idx ON rubric_sheet USING gin (f_unaccent(name) gin_trgm_ops);

-- The parts of a sheet as printed on it (the declared maximum may disagree with the version: a finding).
CREATE SEQUENCE rubric_sheet_part_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE rubric_sheet_part (
    id              bigint       PRIMARY KEY,
    rubric_sheet_id bigint       NOT NULL REFERENCES rubric_sheet (id) ON DELETE CASCADE,
    code            varchar(5)   NOT NULL,
    title           varchar(300) NOT NULL,
    max_points      int          NOT NULL CHECK (max_points BETWEEN 0 AND 100),
    position        int          NOT NULL,
    UNIQUE (rubric_sheet_id, code)
);

-- A criterion (tiêu chí): pick one of its options. The star minimums are the points a criterion must
-- reach for a 3/4/5-star ranking (148, 26/2026); 1048 has none.
CREATE SEQUENCE rubric_criterion_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE rubric_criterion (
    id               bigint        PRIMARY KEY,
    rubric_sheet_id  bigint        NOT NULL REFERENCES rubric_sheet (id) ON DELETE CASCADE,
    part_id          bigint        NOT NULL REFERENCES rubric_sheet_part (id) ON DELETE CASCADE,
    code             varchar(20)   NOT NULL,
    source_number    varchar(20),
    group_name       varchar(300),
    group_max_points int,
    text             varchar(2000) NOT NULL,
    max_points       int           NOT NULL CHECK (max_points BETWEEN 0 AND 100),
    star3_min_points int           CHECK (star3_min_points >= 0),
    star4_min_points int           CHECK (star4_min_points >= 0),
    star5_min_points int           CHECK (star5_min_points >= 0),
    notes            varchar(4000),
    position         int           NOT NULL,
    UNIQUE (rubric_sheet_id, code)
);
CREATE INDEX rubric_criterion_part_idx ON rubric_criterion (part_id);

-- An option (phương án) with its points. case_label groups alternative option sets of one criterion
-- (1048 criterion 3.2: "Trường hợp 1/2"); points are NULL only where the source printed none (a finding).
CREATE SEQUENCE rubric_option_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE rubric_option (
    id                 bigint        PRIMARY KEY,
    rubric_sheet_id    bigint        NOT NULL REFERENCES rubric_sheet (id) ON DELETE CASCADE,
    criterion_id       bigint        NOT NULL REFERENCES rubric_criterion (id) ON DELETE CASCADE,
    position           int           NOT NULL,
    text               varchar(2000) NOT NULL,
    points             int           CHECK (points BETWEEN 0 AND 100),
    required_for_stars int           CHECK (required_for_stars BETWEEN 3 AND 5),
    case_label         varchar(300),
    note               varchar(1000),
    UNIQUE (criterion_id, position)
);
CREATE INDEX rubric_option_sheet_idx ON rubric_option (rubric_sheet_id);

-- Elimination conditions (1048 "Bị loại"): a product meeting any of them is not ranked.
CREATE SEQUENCE rubric_elimination_condition_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE rubric_elimination_condition (
    id              bigint        PRIMARY KEY,
    rubric_sheet_id bigint        NOT NULL REFERENCES rubric_sheet (id) ON DELETE CASCADE,
    position        int           NOT NULL,
    text            varchar(1000) NOT NULL,
    UNIQUE (rubric_sheet_id, position)
);

-- What the validator (ERROR) or the source itself (WARNING) says about a version or one of its sheets.
CREATE TABLE rubric_finding (
    id                bigserial     PRIMARY KEY,
    rubric_version_id bigint        NOT NULL REFERENCES rubric_version (id) ON DELETE CASCADE,
    rubric_sheet_id   bigint        REFERENCES rubric_sheet (id) ON DELETE CASCADE,
    severity          varchar(10)   NOT NULL CHECK (severity IN ('ERROR','WARNING')),
    code              varchar(40)   NOT NULL,
    subject           varchar(300)  NOT NULL,
    message           varchar(1000) NOT NULL,
    position          int           NOT NULL
);
CREATE INDEX rubric_finding_version_idx ON rubric_finding (rubric_version_id);
CREATE INDEX rubric_finding_sheet_idx ON rubric_finding (rubric_sheet_id);

-- Published versions are frozen: the service answers 409 first; these triggers make it hold for any writer.
CREATE FUNCTION rubric_version_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'PUBLISHED' THEN
        RAISE EXCEPTION 'rubric version % is published and cannot change', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER rubric_version_frozen BEFORE UPDATE OR DELETE ON rubric_version
    FOR EACH ROW EXECUTE FUNCTION rubric_version_frozen();

-- TG_ARGV[0] says where the row names its version: 'version' (rubric_version_id) or 'sheet' (rubric_sheet_id).
CREATE FUNCTION rubric_require_draft(owner text, r jsonb) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    version_id bigint;
BEGIN
    IF owner = 'version' THEN
        version_id := (r ->> 'rubric_version_id')::bigint;
    ELSE
        SELECT s.rubric_version_id INTO version_id FROM rubric_sheet s WHERE s.id = (r ->> 'rubric_sheet_id')::bigint;
    END IF;
    IF EXISTS (SELECT 1 FROM rubric_version v WHERE v.id = version_id AND v.status = 'PUBLISHED') THEN
        RAISE EXCEPTION 'rubric version % is published and cannot change', version_id USING ERRCODE = 'check_violation';
    END IF;
END $$;

CREATE FUNCTION rubric_content_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM rubric_require_draft(TG_ARGV[0], to_jsonb(OLD));
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM rubric_require_draft(TG_ARGV[0], to_jsonb(NEW));
        RETURN NEW;
    END IF;
    RETURN OLD;
END $$;
CREATE TRIGGER rubric_version_part_frozen BEFORE INSERT OR UPDATE OR DELETE ON rubric_version_part
    FOR EACH ROW EXECUTE FUNCTION rubric_content_frozen('version');
CREATE TRIGGER rubric_star_band_frozen BEFORE INSERT OR UPDATE OR DELETE ON rubric_star_band
    FOR EACH ROW EXECUTE FUNCTION rubric_content_frozen('version');
CREATE TRIGGER rubric_sheet_frozen BEFORE INSERT OR UPDATE OR DELETE ON rubric_sheet
    FOR EACH ROW EXECUTE FUNCTION rubric_content_frozen('version');
CREATE TRIGGER rubric_finding_frozen BEFORE INSERT OR UPDATE OR DELETE ON rubric_finding
    FOR EACH ROW EXECUTE FUNCTION rubric_content_frozen('version');
CREATE TRIGGER rubric_sheet_part_frozen BEFORE INSERT OR UPDATE OR DELETE ON rubric_sheet_part
    FOR EACH ROW EXECUTE FUNCTION rubric_content_frozen('sheet');
CREATE TRIGGER rubric_criterion_frozen BEFORE INSERT OR UPDATE OR DELETE ON rubric_criterion
    FOR EACH ROW EXECUTE FUNCTION rubric_content_frozen('sheet');
CREATE TRIGGER rubric_option_frozen BEFORE INSERT OR UPDATE OR DELETE ON rubric_option
    FOR EACH ROW EXECUTE FUNCTION rubric_content_frozen('sheet');
CREATE TRIGGER rubric_elimination_condition_frozen BEFORE INSERT OR UPDATE OR DELETE ON rubric_elimination_condition
    FOR EACH ROW EXECUTE FUNCTION rubric_content_frozen('sheet');
