-- Support requests: a producer asks the OCOP office for help; the office tracks each to an outcome.
-- The district is the producer's (joined, not copied), so scope follows the producer.
CREATE SEQUENCE support_request_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE support_request (
    id           bigint        PRIMARY KEY,
    producer_id  bigint        NOT NULL REFERENCES producer (id),
    type         varchar(30)   NOT NULL CHECK (type IN ('INFRASTRUCTURE','PACKAGING_DESIGN','IP_REGISTRATION','TRAINING',
                                                         'TRADE_PROMOTION','FINANCE','OTHER')),
    description  varchar(4000) NOT NULL,
    requested_on date          NOT NULL CHECK (requested_on >= DATE '2018-01-01'),
    status       varchar(20)   NOT NULL CHECK (status IN ('REQUESTED','APPROVED','IN_PROGRESS','DONE','REJECTED')),
    version      bigint        NOT NULL DEFAULT 0,
    created_at   timestamptz   NOT NULL,
    created_by   varchar(100)  NOT NULL,
    updated_at   timestamptz   NOT NULL,
    updated_by   varchar(100)  NOT NULL
);
CREATE INDEX support_request_producer_idx ON support_request (producer_id);
CREATE INDEX support_request_requested_on_idx ON support_request (requested_on, id);
CREATE INDEX support_request_type_status_idx ON support_request (type, status);
CREATE INDEX support_request_status_idx ON support_request (status);
CREATE INDEX support_request_description_search_idx ON support_request USING gin (f_unaccent(description) gin_trgm_ops);

-- The timeline: one row per status the request reached, with who moved it and why.
CREATE TABLE support_request_step (
    id                 bigserial     PRIMARY KEY,
    support_request_id bigint        NOT NULL REFERENCES support_request (id),
    status             varchar(20)   NOT NULL CHECK (status IN ('REQUESTED','APPROVED','IN_PROGRESS','DONE','REJECTED')),
    note               varchar(2000),
    actor              varchar(100)  NOT NULL,
    at                 timestamptz   NOT NULL
);
CREATE INDEX support_request_step_request_idx ON support_request_step (support_request_id, id);
