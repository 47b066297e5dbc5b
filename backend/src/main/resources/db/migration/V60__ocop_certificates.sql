-- How each legal basis numbers certified products: T-H-STT-year (province-district, 1048 and 148)
-- or T-X-STT-year (province-commune, 26/2026 with the codes of Decision 19/2025).
ALTER TABLE legal_basis ADD COLUMN product_code_scheme varchar(20) NOT NULL DEFAULT 'PROVINCE_DISTRICT'
    CHECK (product_code_scheme IN ('PROVINCE_DISTRICT', 'PROVINCE_COMMUNE'));
UPDATE legal_basis SET product_code_scheme = 'PROVINCE_COMMUNE' WHERE code = 'DECISION_26_2026';

-- A recognition decision (quyết định công nhận) of a People's Committee: it recognises products at
-- 3–5 stars; each recognised product gets a certificate.
CREATE SEQUENCE recognition_decision_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE recognition_decision (
    id                  bigint       PRIMARY KEY,
    number              varchar(60)  NOT NULL,
    decided_on          date         NOT NULL,
    signer              varchar(200) NOT NULL,
    level               varchar(20)  NOT NULL CHECK (level IN ('DISTRICT','PROVINCIAL','CENTRAL')),
    admin_unit_code     varchar(10)  NOT NULL REFERENCES admin_unit (code),
    legal_basis_code    varchar(40)  NOT NULL REFERENCES legal_basis (code),
    -- The evaluation round whose results it recognises (none for certificates recorded from paper).
    evaluation_round_id bigint,
    version             bigint       NOT NULL DEFAULT 0,
    created_at          timestamptz  NOT NULL,
    created_by          varchar(100) NOT NULL,
    updated_at          timestamptz  NOT NULL,
    updated_by          varchar(100) NOT NULL,
    UNIQUE (admin_unit_code, number)
);
CREATE INDEX recognition_decision_date_idx ON recognition_decision (decided_on);
CREATE INDEX recognition_decision_round_idx ON recognition_decision (evaluation_round_id);

CREATE SEQUENCE ocop_certificate_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE ocop_certificate (
    id                 bigint       PRIMARY KEY,
    product_id         bigint       NOT NULL REFERENCES product (id),
    decision_id        bigint       NOT NULL REFERENCES recognition_decision (id),
    stars              int          NOT NULL CHECK (stars BETWEEN 3 AND 5),
    issued_on          date         NOT NULL,
    valid_until        date         NOT NULL CHECK (valid_until > issued_on),
    product_code       varchar(40)  NOT NULL UNIQUE,
    public_code        varchar(20)  NOT NULL UNIQUE,
    revoked_on         date,
    revocation_reason  varchar(40)  CHECK (revocation_reason IN ('FORGED_DOSSIER','NO_LONGER_MEETS_CRITERIA',
                                        'LAW_VIOLATION','MARK_MISUSE','PRODUCTION_STOPPED','AUTHORITY_FINDING')),
    revocation_note    varchar(2000),
    revoked_by         varchar(100),
    version            bigint       NOT NULL DEFAULT 0,
    created_at         timestamptz  NOT NULL,
    created_by         varchar(100) NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         varchar(100) NOT NULL,
    CHECK ((revoked_on IS NULL) = (revocation_reason IS NULL)),
    UNIQUE (decision_id, product_id)
);
CREATE INDEX ocop_certificate_product_idx ON ocop_certificate (product_id, issued_on DESC);
CREATE INDEX ocop_certificate_valid_idx ON ocop_certificate (valid_until) WHERE revoked_on IS NULL;
CREATE INDEX ocop_certificate_stars_idx ON ocop_certificate (stars);

-- Expiry reminders recorded by the daily job: one per certificate and end date.
CREATE TABLE certificate_reminder (
    id             bigserial   PRIMARY KEY,
    certificate_id bigint      NOT NULL REFERENCES ocop_certificate (id),
    valid_until    date        NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (certificate_id, valid_until)
);
