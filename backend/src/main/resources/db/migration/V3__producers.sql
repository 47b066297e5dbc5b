CREATE SEQUENCE producer_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE producer (
    id             bigint       PRIMARY KEY,
    type           varchar(30)  NOT NULL CHECK (type IN ('ENTERPRISE','COOPERATIVE','COOPERATIVE_GROUP','HOUSEHOLD_BUSINESS')),
    name           varchar(300) NOT NULL,
    tax_code       varchar(14),
    representative varchar(200),
    phone          varchar(20),
    email          varchar(254),
    address        varchar(500),
    district_code  varchar(10)  NOT NULL REFERENCES admin_unit (code),
    commune_code   varchar(10)  REFERENCES admin_unit (code),
    version        bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL,
    created_by     varchar(100) NOT NULL,
    updated_at     timestamptz  NOT NULL,
    updated_by     varchar(100) NOT NULL
);
-- One registration per tax code; several producers may lack one.
CREATE UNIQUE INDEX producer_tax_code_uq ON producer (tax_code) WHERE tax_code IS NOT NULL;
CREATE INDEX producer_district_idx ON producer (district_code, type);
CREATE INDEX producer_type_idx ON producer (type);
CREATE INDEX producer_name_search_idx ON producer USING gin (f_unaccent(name) gin_trgm_ops);
CREATE INDEX producer_name_sort_idx ON producer (name, id);
