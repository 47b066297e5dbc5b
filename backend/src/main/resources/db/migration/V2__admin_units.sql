-- Administrative units are versioned data: Vietnam reorganises them (the district level was
-- abolished on 2025-07-01), and historical records keep the unit they had at the time.
CREATE TABLE admin_unit (
    code        varchar(10)  PRIMARY KEY,
    name        varchar(200) NOT NULL,
    type        varchar(20)  NOT NULL CHECK (type IN ('PROVINCE','CITY','TOWN','DISTRICT','COMMUNE','WARD')),
    parent_code varchar(10)  REFERENCES admin_unit (code),
    valid_from  date         NOT NULL,
    valid_to    date,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT admin_unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX admin_unit_parent_idx ON admin_unit (parent_code);
CREATE INDEX admin_unit_type_idx ON admin_unit (type);

-- Trà Vinh (GSO 84) and its district-level units as of 2019 (Decision 124/2004/QĐ-TTg codes).
-- Thị xã Duyên Hải exists since 2015; the whole level ended on 2025-06-30.
INSERT INTO admin_unit (code, name, type, parent_code, valid_from, valid_to) VALUES
    ('84',  'Tỉnh Trà Vinh',        'PROVINCE', NULL, '1992-05-01', '2025-06-30'),
    ('842', 'Thành phố Trà Vinh',   'CITY',     '84', '2010-03-04', '2025-06-30'),
    ('844', 'Huyện Càng Long',      'DISTRICT', '84', '1992-05-01', '2025-06-30'),
    ('845', 'Huyện Cầu Kè',         'DISTRICT', '84', '1992-05-01', '2025-06-30'),
    ('846', 'Huyện Tiểu Cần',       'DISTRICT', '84', '1992-05-01', '2025-06-30'),
    ('847', 'Huyện Châu Thành',     'DISTRICT', '84', '1992-05-01', '2025-06-30'),
    ('848', 'Huyện Cầu Ngang',      'DISTRICT', '84', '1992-05-01', '2025-06-30'),
    ('849', 'Huyện Trà Cú',         'DISTRICT', '84', '1992-05-01', '2025-06-30'),
    ('850', 'Huyện Duyên Hải',      'DISTRICT', '84', '1992-05-01', '2025-06-30'),
    ('851', 'Thị xã Duyên Hải',     'TOWN',     '84', '2015-05-15', '2025-06-30');
