-- Points of sale (điểm bán, cửa hàng OCOP) in a district, and the OCOP products they offer.
CREATE SEQUENCE point_of_sale_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE point_of_sale (
    id              bigint       PRIMARY KEY,
    name            varchar(300) NOT NULL,
    kind            varchar(20)  NOT NULL CHECK (kind IN ('OCOP_SHOP','COUNTER','ONLINE')),
    address         varchar(500),
    admin_unit_code varchar(10)  NOT NULL REFERENCES admin_unit (code),
    operator        varchar(300),
    version         bigint       NOT NULL DEFAULT 0,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(100) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(100) NOT NULL
);
CREATE INDEX point_of_sale_unit_idx ON point_of_sale (admin_unit_code, kind);
CREATE INDEX point_of_sale_kind_idx ON point_of_sale (kind);
CREATE INDEX point_of_sale_name_search_idx ON point_of_sale USING gin (f_unaccent(name) gin_trgm_ops);
CREATE INDEX point_of_sale_name_sort_idx ON point_of_sale (name, id);

CREATE TABLE point_of_sale_product (
    point_of_sale_id bigint NOT NULL REFERENCES point_of_sale (id) ON DELETE CASCADE,
    product_id       bigint NOT NULL REFERENCES product (id),
    PRIMARY KEY (point_of_sale_id, product_id)
);
CREATE INDEX point_of_sale_product_idx ON point_of_sale_product (product_id);
