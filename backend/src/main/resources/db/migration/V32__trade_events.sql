-- Trade promotion: fairs and events, and which producers showed which products there.
CREATE SEQUENCE trade_event_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE trade_event (
    id            bigint       PRIMARY KEY,
    name          varchar(300) NOT NULL,
    kind          varchar(20)  NOT NULL CHECK (kind IN ('FAIR','EXHIBITION','CONFERENCE','OTHER')),
    host_province varchar(100) NOT NULL,
    venue         varchar(500),
    starts_on     date         NOT NULL,
    ends_on       date         NOT NULL,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    created_by    varchar(100) NOT NULL,
    updated_at    timestamptz  NOT NULL,
    updated_by    varchar(100) NOT NULL,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX trade_event_starts_idx ON trade_event (starts_on, id);
CREATE INDEX trade_event_kind_idx ON trade_event (kind);
CREATE INDEX trade_event_name_search_idx ON trade_event USING gin (f_unaccent(name) gin_trgm_ops);
CREATE INDEX trade_event_province_search_idx ON trade_event USING gin (f_unaccent(host_province) gin_trgm_ops);

CREATE SEQUENCE trade_event_participant_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE trade_event_participant (
    id          bigint       PRIMARY KEY,
    event_id    bigint       NOT NULL REFERENCES trade_event (id) ON DELETE CASCADE,
    producer_id bigint       NOT NULL REFERENCES producer (id),
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(100) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(100) NOT NULL,
    UNIQUE (event_id, producer_id)
);
CREATE INDEX trade_event_participant_producer_idx ON trade_event_participant (producer_id);

CREATE TABLE trade_event_participant_product (
    participant_id bigint NOT NULL REFERENCES trade_event_participant (id) ON DELETE CASCADE,
    product_id     bigint NOT NULL REFERENCES product (id),
    PRIMARY KEY (participant_id, product_id)
);
CREATE INDEX trade_event_participant_product_idx ON trade_event_participant_product (product_id);
