-- Trading partners of OCOP producers: a province-wide directory, not owned by a district.
CREATE SEQUENCE partner_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE partner (
    id             bigint       PRIMARY KEY,
    type           varchar(30)  NOT NULL CHECK (type IN ('DISTRIBUTOR','SUPERMARKET_CHAIN','RETAILER','EXPORTER','E_COMMERCE','OTHER')),
    name           varchar(300) NOT NULL,
    tax_code       varchar(14),
    address        varchar(500),
    contact_person varchar(200),
    contact_phone  varchar(20),
    contact_email  varchar(254),
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(100) NOT NULL
);
CREATE UNIQUE INDEX partner_tax_code_uq ON partner (tax_code) WHERE tax_code IS NOT NULL;
CREATE INDEX partner_type_idx ON partner (type);
CREATE INDEX partner_name_search_idx ON partner USING gin (f_unaccent(name) gin_trgm_ops);
CREATE INDEX partner_name_sort_idx ON partner (name, id);
