-- Evaluation rounds: a level of a legal basis's procedure, held in one admin unit with one published rubric
-- version; its council, the products entered in it, the members' score sheets and the results computed at close.
CREATE SEQUENCE evaluation_round_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE evaluation_round (
    id                 bigint        PRIMARY KEY,
    name               varchar(300)  NOT NULL,
    year               int           NOT NULL CHECK (year BETWEEN 2018 AND 2100),
    level              varchar(20)   NOT NULL CHECK (level IN ('COMMUNE','DISTRICT','PROVINCIAL','CENTRAL')),
    admin_unit_code    varchar(10)   NOT NULL REFERENCES admin_unit (code),
    -- The district the round belongs to for district-scoped users (none for provincial and central rounds).
    district_code      varchar(10)   REFERENCES admin_unit (code),
    legal_basis_code   varchar(40)   NOT NULL REFERENCES legal_basis (code),
    rubric_version_id  bigint        NOT NULL REFERENCES rubric_version (id),
    opens_on           date          NOT NULL,
    closes_on          date          NOT NULL,
    status             varchar(20)   NOT NULL CHECK (status IN ('OPEN','SCORING','CLOSED','FINALIZED')),
    quorum_percent     int           NOT NULL DEFAULT 75 CHECK (quorum_percent BETWEEN 1 AND 100),
    spread_limit       numeric(5,2)  NOT NULL DEFAULT 10 CHECK (spread_limit BETWEEN 0 AND 100),
    closed_at          timestamptz,
    closed_by          varchar(100),
    finalized_at       timestamptz,
    finalized_by       varchar(100),
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    created_by         varchar(100)  NOT NULL,
    updated_at         timestamptz   NOT NULL,
    updated_by         varchar(100)  NOT NULL,
    CHECK (closes_on >= opens_on)
);
CREATE INDEX evaluation_round_year_idx ON evaluation_round (year, level);
CREATE INDEX evaluation_round_level_idx ON evaluation_round (level);
CREATE INDEX evaluation_round_unit_idx ON evaluation_round (admin_unit_code);
CREATE INDEX evaluation_round_district_idx ON evaluation_round (district_code);
CREATE INDEX evaluation_round_status_idx ON evaluation_round (status);
CREATE INDEX evaluation_round_basis_idx ON evaluation_round (legal_basis_code);
CREATE INDEX evaluation_round_version_idx ON evaluation_round (rubric_version_id);
CREATE INDEX evaluation_round_name_search_idx ON evaluation_round USING gin (f_unaccent(name) gin_trgm_ops);

-- The council of a round: members are Keycloak usernames; exactly one chair.
CREATE TABLE council_member (
    id        bigserial    PRIMARY KEY,
    round_id  bigint       NOT NULL REFERENCES evaluation_round (id) ON DELETE CASCADE,
    username  varchar(100) NOT NULL,
    full_name varchar(200) NOT NULL,
    position  varchar(300),
    chair     boolean      NOT NULL,
    sort_order int         NOT NULL,
    UNIQUE (round_id, username)
);
CREATE UNIQUE INDEX council_member_one_chair_uq ON council_member (round_id) WHERE chair;
CREATE INDEX council_member_username_idx ON council_member (username);

-- A product entered in a round, scored on one sheet, with its dossier as it stood at entry.
CREATE SEQUENCE evaluation_entry_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE evaluation_entry (
    id                      bigint        PRIMARY KEY,
    round_id                bigint        NOT NULL REFERENCES evaluation_round (id),
    product_id              bigint        NOT NULL REFERENCES product (id),
    rubric_sheet_id         bigint        REFERENCES rubric_sheet (id),
    snapshot                jsonb         NOT NULL,
    -- Copied from the snapshot so that lists search and sort them with indexes.
    product_name            varchar(300)  NOT NULL,
    producer_name           varchar(300)  NOT NULL,
    forwarded_from_entry_id bigint        REFERENCES evaluation_entry (id),
    -- Elimination conditions of the sheet the product meets (1048), as found by the office.
    eliminated_by           jsonb,
    elimination_note        varchar(2000),
    -- The commune's dossier check (26/2026): PASSED entries go up at close.
    dossier_status          varchar(10)   CHECK (dossier_status IN ('PASSED','FAILED')),
    dossier_note            varchar(2000),
    local_origin            jsonb,
    dossier_checked_by      varchar(100),
    dossier_checked_at      timestamptz,
    version                 bigint        NOT NULL DEFAULT 0,
    created_at              timestamptz   NOT NULL,
    created_by              varchar(100)  NOT NULL,
    updated_at              timestamptz   NOT NULL,
    updated_by              varchar(100)  NOT NULL,
    UNIQUE (round_id, product_id)
);
CREATE INDEX evaluation_entry_product_idx ON evaluation_entry (product_id);
CREATE INDEX evaluation_entry_sheet_idx ON evaluation_entry (rubric_sheet_id);
CREATE INDEX evaluation_entry_forwarded_from_idx ON evaluation_entry (forwarded_from_entry_id);
CREATE INDEX evaluation_entry_name_search_idx ON evaluation_entry USING gin (f_unaccent(product_name) gin_trgm_ops);
CREATE INDEX evaluation_entry_producer_search_idx ON evaluation_entry USING gin (f_unaccent(producer_name) gin_trgm_ops);
CREATE INDEX evaluation_entry_round_name_idx ON evaluation_entry (round_id, product_name, id);

-- A council member's withdrawal from one entry for a conflict of interest.
CREATE TABLE entry_recusal (
    id         bigserial     PRIMARY KEY,
    entry_id   bigint        NOT NULL REFERENCES evaluation_entry (id) ON DELETE CASCADE,
    username   varchar(100)  NOT NULL,
    reason     varchar(1000) NOT NULL,
    recused_at timestamptz   NOT NULL,
    UNIQUE (entry_id, username)
);
CREATE INDEX entry_recusal_username_idx ON entry_recusal (username);

-- One member's score sheet of one entry; the chosen options are its rows in score_choice.
CREATE SEQUENCE score_sheet_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE score_sheet (
    id              bigint        PRIMARY KEY,
    entry_id        bigint        NOT NULL REFERENCES evaluation_entry (id) ON DELETE CASCADE,
    member_username varchar(100)  NOT NULL,
    status          varchar(20)   NOT NULL CHECK (status IN ('DRAFT','SUBMITTED')),
    total           int           NOT NULL CHECK (total BETWEEN 0 AND 100),
    part_totals     jsonb         NOT NULL,
    comment         varchar(2000),
    submitted_at    timestamptz,
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(100)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(100)  NOT NULL,
    UNIQUE (entry_id, member_username),
    CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
);
CREATE INDEX score_sheet_member_idx ON score_sheet (member_username, status);
CREATE INDEX score_sheet_entry_status_idx ON score_sheet (entry_id, status);

CREATE TABLE score_choice (
    sheet_id     bigint NOT NULL REFERENCES score_sheet (id) ON DELETE CASCADE,
    criterion_id bigint NOT NULL REFERENCES rubric_criterion (id),
    option_id    bigint NOT NULL REFERENCES rubric_option (id),
    points       int    NOT NULL CHECK (points BETWEEN 0 AND 100),
    PRIMARY KEY (sheet_id, criterion_id)
);

-- What the round's close computed for an entry (kept, so later edits elsewhere cannot change it).
CREATE TABLE evaluation_result (
    entry_id              bigint        PRIMARY KEY REFERENCES evaluation_entry (id) ON DELETE CASCADE,
    round_id              bigint        NOT NULL REFERENCES evaluation_round (id),
    eligible_members      int           NOT NULL,
    submitted_sheets      int           NOT NULL,
    chair_submitted       boolean       NOT NULL,
    quorum_met            boolean       NOT NULL,
    mean                  numeric(5,2),
    min_total             int,
    max_total             int,
    spread_flag           boolean       NOT NULL,
    band_stars            int           CHECK (band_stars BETWEEN 1 AND 5),
    stars                 int           CHECK (stars BETWEEN 1 AND 5),
    shortfalls            jsonb,
    eliminated_by         jsonb,
    outcome               varchar(20)   NOT NULL CHECK (outcome IN ('RECOGNISED','FORWARDED','NOT_RECOGNISED','NO_QUORUM')),
    forwarded_to_entry_id bigint        REFERENCES evaluation_entry (id),
    computed_at           timestamptz   NOT NULL,
    CHECK (outcome <> 'RECOGNISED' OR stars >= 3)
);
CREATE INDEX evaluation_result_round_idx ON evaluation_result (round_id, outcome);
CREATE INDEX evaluation_result_mean_idx ON evaluation_result (round_id, mean DESC);
CREATE INDEX evaluation_result_forwarded_idx ON evaluation_result (forwarded_to_entry_id);

-- A recognition decision on a round's results refers to the round; one decision per round.
ALTER TABLE recognition_decision ADD CONSTRAINT recognition_decision_round_fk
    FOREIGN KEY (evaluation_round_id) REFERENCES evaluation_round (id);
DROP INDEX recognition_decision_round_idx;
CREATE UNIQUE INDEX recognition_decision_round_uq ON recognition_decision (evaluation_round_id)
    WHERE evaluation_round_id IS NOT NULL;
