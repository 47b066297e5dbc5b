-- The product registry: product filters and search, product photos, certifications with evidence files.

-- Filters and searches of GET /products.
CREATE INDEX product_status_idx ON product (status);
-- A producer registers each product once (the same name twice is a double entry).
CREATE UNIQUE INDEX product_producer_name_uq ON product (producer_id, lower(name));
CREATE INDEX product_set_name_search_idx ON product_set USING gin (f_unaccent(name) gin_trgm_ops);

-- Photos of a product, stored in the database with their checksum; they go with the product.
CREATE TABLE product_photo (
    id           bigserial    PRIMARY KEY,
    product_id   bigint       NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    file_name    varchar(255),
    content_type varchar(100) NOT NULL CHECK (content_type IN ('image/jpeg','image/png','image/webp')),
    size_bytes   bigint       NOT NULL CHECK (size_bytes > 0),
    sha256       varchar(64)  NOT NULL,
    content      bytea        NOT NULL,
    uploaded_by  varchar(100) NOT NULL,
    uploaded_at  timestamptz  NOT NULL
);
CREATE INDEX product_photo_product_idx ON product_photo (product_id, id);

-- Certifications (IP, barcode, quality, food safety...) of a product, or of a producer for
-- facility-level ones. Their status (valid, expiring, expired) is computed from expires_on and
-- today's date, never stored, so it cannot go stale.
CREATE SEQUENCE certification_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE certification (
    id          bigint       PRIMARY KEY,
    product_id  bigint       REFERENCES product (id),
    producer_id bigint       REFERENCES producer (id),
    type        varchar(40)  NOT NULL CHECK (type IN ('IP_TRADEMARK','IP_COLLECTIVE_MARK','IP_CERTIFICATION_MARK',
                    'IP_GEOGRAPHICAL_INDICATION','BARCODE','QUALITY_SELF_DECLARATION','QUALITY_STANDARD','FOOD_SAFETY',
                    'VIETGAP','HACCP','ISO_22000','ORGANIC','OTHER')),
    number      varchar(100) NOT NULL,
    issuer      varchar(300) NOT NULL,
    issued_on   date         NOT NULL,
    expires_on  date,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(100) NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  varchar(100) NOT NULL,
    CONSTRAINT certification_one_owner CHECK ((product_id IS NULL) <> (producer_id IS NULL)),
    CONSTRAINT certification_expiry_after_issue CHECK (expires_on IS NULL OR expires_on > issued_on)
);
CREATE INDEX certification_product_idx ON certification (product_id, type);
CREATE INDEX certification_producer_idx ON certification (producer_id, type);
CREATE INDEX certification_type_idx ON certification (type);
CREATE INDEX certification_expires_idx ON certification (expires_on);
CREATE INDEX certification_issued_idx ON certification (issued_on, id);
CREATE INDEX certification_number_search_idx ON certification USING gin (f_unaccent(number) gin_trgm_ops);
CREATE INDEX certification_issuer_search_idx ON certification USING gin (f_unaccent(issuer) gin_trgm_ops);
-- A GTIN identifies one product: it is registered once.
CREATE UNIQUE INDEX certification_barcode_uq ON certification (number) WHERE type = 'BARCODE';

-- The scanned certificate of a certification (one at a time; replaced by a new upload).
CREATE TABLE certification_evidence (
    certification_id bigint       PRIMARY KEY REFERENCES certification (id) ON DELETE CASCADE,
    file_name        varchar(255),
    content_type     varchar(100) NOT NULL CHECK (content_type IN ('application/pdf','image/jpeg','image/png')),
    size_bytes       bigint       NOT NULL CHECK (size_bytes > 0),
    sha256           varchar(64)  NOT NULL,
    content          bytea        NOT NULL,
    uploaded_by      varchar(100) NOT NULL,
    uploaded_at      timestamptz  NOT NULL
);
