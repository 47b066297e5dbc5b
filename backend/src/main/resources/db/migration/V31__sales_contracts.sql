-- Sales contracts between a producer and a partner; lines name the producer's products.
CREATE SEQUENCE sales_contract_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sales_contract (
    id              bigint       PRIMARY KEY,
    number          varchar(50)  NOT NULL,
    partner_id      bigint       NOT NULL REFERENCES partner (id),
    producer_id     bigint       NOT NULL REFERENCES producer (id),
    signed_on       date         NOT NULL,
    starts_on       date         NOT NULL,
    ends_on         date,
    total_value_vnd bigint       CHECK (total_value_vnd >= 0),
    status          varchar(20)  NOT NULL CHECK (status IN ('DRAFT','ACTIVE','COMPLETED','TERMINATED')),
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL,
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
-- A partner numbers its contracts; the same number may recur with another partner.
CREATE UNIQUE INDEX sales_contract_partner_number_uq ON sales_contract (partner_id, number);
CREATE INDEX sales_contract_producer_idx ON sales_contract (producer_id);
CREATE INDEX sales_contract_status_idx ON sales_contract (status);
CREATE INDEX sales_contract_signed_idx ON sales_contract (signed_on, id);

CREATE SEQUENCE sales_contract_line_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE sales_contract_line (
    id             bigint        PRIMARY KEY,
    contract_id    bigint        NOT NULL REFERENCES sales_contract (id) ON DELETE CASCADE,
    position       int           NOT NULL,
    product_id     bigint        NOT NULL REFERENCES product (id),
    quantity       numeric(14,3) NOT NULL CHECK (quantity > 0),
    unit           varchar(20)   NOT NULL,
    unit_price_vnd bigint        CHECK (unit_price_vnd >= 0),
    UNIQUE (contract_id, position)
);
CREATE INDEX sales_contract_line_product_idx ON sales_contract_line (product_id, contract_id);
