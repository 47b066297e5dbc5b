-- The legal bases of the OCOP programme: rubrics, product groups and procedures hang off them.
CREATE TABLE legal_basis (
    code            varchar(40)  PRIMARY KEY,
    decision_number varchar(40)  NOT NULL,
    title           varchar(300) NOT NULL,
    signed_on       date         NOT NULL,
    effective_from  date         NOT NULL,
    effective_to    date
);
INSERT INTO legal_basis VALUES
    ('DECISION_1048_2019', '1048/QĐ-TTg', 'Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm', '2019-08-21', '2019-08-21', '2023-02-23'),
    ('DECISION_148_2023',  '148/QĐ-TTg',  'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP', '2023-02-24', '2023-02-24', '2026-07-20'),
    ('DECISION_26_2026',   '26/2026/QĐ-TTg', 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP', '2026-05-22', '2026-07-21', NULL);

-- Groups (ngành / nhóm) per legal basis; the code is stable across decisions for year-on-year reports.
CREATE TABLE product_group (
    id               bigserial    PRIMARY KEY,
    legal_basis_code varchar(40)  NOT NULL REFERENCES legal_basis (code),
    code             varchar(20)  NOT NULL CHECK (code IN ('FOOD','BEVERAGE','HERBAL','HANDICRAFT','TEXTILE','ORNAMENTAL','TOURISM')),
    name             varchar(200) NOT NULL,
    position         int          NOT NULL,
    UNIQUE (legal_basis_code, code)
);

-- The 26 product sets (bộ sản phẩm) of each decision; each has its own score sheet.
CREATE TABLE product_set (
    id                bigserial    PRIMARY KEY,
    legal_basis_code  varchar(40)  NOT NULL REFERENCES legal_basis (code),
    number            int          NOT NULL CHECK (number BETWEEN 1 AND 99),
    name              varchar(300) NOT NULL,
    group_id          bigint       NOT NULL REFERENCES product_group (id),
    subgroup_family   varchar(300),
    subgroup          varchar(300),
    managing_ministry varchar(300),
    UNIQUE (legal_basis_code, number)
);
CREATE INDEX product_set_group_idx ON product_set (group_id);

CREATE SEQUENCE product_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE product (
    id             bigint       PRIMARY KEY,
    producer_id    bigint       NOT NULL REFERENCES producer (id),
    name           varchar(300) NOT NULL,
    description    varchar(4000),
    product_set_id bigint       NOT NULL REFERENCES product_set (id),
    year_entered   int          NOT NULL CHECK (year_entered BETWEEN 2018 AND 2100),
    status         varchar(20)  NOT NULL CHECK (status IN ('ACTIVE','DISCONTINUED')),
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(100) NOT NULL
);
CREATE INDEX product_producer_idx ON product (producer_id);
CREATE INDEX product_set_idx ON product (product_set_id);
CREATE INDEX product_year_idx ON product (year_entered);
CREATE INDEX product_name_search_idx ON product USING gin (f_unaccent(name) gin_trgm_ops);
CREATE INDEX product_name_sort_idx ON product (name, id);

-- Who changed what and when, for every audited entity (products, scores, decisions...).
CREATE TABLE audit_event (
    id          bigserial    PRIMARY KEY,
    entity_type varchar(60)  NOT NULL,
    entity_id   varchar(60)  NOT NULL,
    action      varchar(40)  NOT NULL,
    changes     jsonb,
    note        varchar(2000),
    actor       varchar(100) NOT NULL,
    at          timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, at);

-- Idempotency-Key of creating POSTs: a replay within the retention returns the first result.
CREATE TABLE idempotency_record (
    idempotency_key varchar(200) NOT NULL,
    caller          varchar(100) NOT NULL,
    operation       varchar(200) NOT NULL,
    request_hash    varchar(64)  NOT NULL,
    version         bigint       NOT NULL,
    location        varchar(500),
    body            text         NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_record_created_idx ON idempotency_record (created_at);
