-- Which legal basis governs new work on a given day, as data on the legal basis (issue 11 §4).
-- effective_from/effective_to stay the decision's own legal effect; in_force_from/in_force_to is the period in
-- which it is THE basis a new round or a paper decision follows. 148 has effect until 2026-07-20, but from
-- 2025-07-06 it applies as amended by 1489/QĐ-TTg (no district level), which is its own basis here. The periods
-- never overlap, so "the basis in force on day D" has one answer (or none before 1048).
ALTER TABLE legal_basis
    ADD COLUMN in_force_from       date,
    ADD COLUMN in_force_to         date,
    ADD COLUMN amends_code         varchar(40) REFERENCES legal_basis (code),
    -- The basis whose product sets and score sheets it uses: itself, or (1489) the 148 it amends.
    ADD COLUMN criteria_basis_code varchar(40) REFERENCES legal_basis (code);

INSERT INTO legal_basis (code, decision_number, title, signed_on, effective_from, effective_to, product_code_scheme,
        amends_code) VALUES
    ('DECISION_1489_2025', '1489/QĐ-TTg',
        'Sửa đổi, bổ sung Quyết định 148/QĐ-TTg về Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP (chính quyền địa phương hai cấp)',
        '2025-07-06', '2025-07-06', '2026-07-20', 'PROVINCE_COMMUNE', 'DECISION_148_2023');

UPDATE legal_basis SET criteria_basis_code = code WHERE code <> 'DECISION_1489_2025';
UPDATE legal_basis SET criteria_basis_code = 'DECISION_148_2023' WHERE code = 'DECISION_1489_2025';
UPDATE legal_basis SET in_force_from = '2019-08-21', in_force_to = '2023-02-23' WHERE code = 'DECISION_1048_2019';
UPDATE legal_basis SET in_force_from = '2023-02-24', in_force_to = '2025-07-05' WHERE code = 'DECISION_148_2023';
UPDATE legal_basis SET in_force_from = '2025-07-06', in_force_to = '2026-07-20' WHERE code = 'DECISION_1489_2025';
UPDATE legal_basis SET in_force_from = '2026-07-21', in_force_to = NULL WHERE code = 'DECISION_26_2026';

ALTER TABLE legal_basis
    ALTER COLUMN in_force_from SET NOT NULL,
    ALTER COLUMN criteria_basis_code SET NOT NULL,
    ADD CONSTRAINT legal_basis_in_force_order CHECK (in_force_to IS NULL OR in_force_to >= in_force_from),
    ADD CONSTRAINT legal_basis_in_force_once
        EXCLUDE USING gist (daterange(in_force_from, in_force_to, '[]') WITH &&);

-- The procedure of 1489: the district level is gone; the commune checks the dossier, the province scores and
-- recognises 3–4★, the centre 5★ (as 26/2026 later keeps, without the commune's local-origin rating).
INSERT INTO evaluation_procedure (id, legal_basis_code, name, description, created_at, created_by, updated_at, updated_by) VALUES
    (4, 'DECISION_1489_2025', 'Quy trình đánh giá, phân hạng sản phẩm OCOP theo Quyết định 148/QĐ-TTg, sửa đổi bởi Quyết định 1489/QĐ-TTg',
        'Không còn cấp huyện: UBND cấp xã tiếp nhận và kiểm tra hồ sơ, gửi lên cấp tỉnh; Hội đồng cấp tỉnh đánh giá, UBND tỉnh công nhận 3–4 sao; sản phẩm từ 90 điểm đề xuất Trung ương công nhận 5 sao. Dùng bộ sản phẩm và phiếu chấm của Quyết định 148/QĐ-TTg.',
        now(), 'system', now(), 'system');

INSERT INTO procedure_level (procedure_id, level, checks_dossier, rates_local_origin, scores, forward_min_score,
        min_recognised_stars, max_recognised_stars, description) VALUES
    (4, 'COMMUNE', true, false, false, NULL, NULL, NULL,
        'UBND cấp xã tiếp nhận, kiểm tra hồ sơ và gửi lên cấp tỉnh (không chấm điểm, không xếp sao).'),
    (4, 'PROVINCIAL', false, false, true, 90, 3, 4,
        'Hội đồng cấp tỉnh đánh giá; UBND tỉnh công nhận 3–4 sao; từ 90 điểm đề xuất Trung ương.'),
    (4, 'CENTRAL', false, false, true, NULL, 5, 5,
        'Hội đồng Trung ương đánh giá và công nhận 5 sao.');

-- OCOP product codes number products per prefix (province-district or province-commune) and year; a number once
-- given is never given again, even if its certificate is later revoked. Seeded from the codes already issued.
CREATE TABLE product_code_sequence (
    prefix     varchar(30) NOT NULL,
    year       int         NOT NULL,
    last_value int         NOT NULL CHECK (last_value >= 1),
    PRIMARY KEY (prefix, year)
);
INSERT INTO product_code_sequence (prefix, year, last_value)
SELECT substring(product_code FROM '^(.*)-[0-9]+-[0-9]{4}$'),
       substring(product_code FROM '-([0-9]{4})$')::int,
       max(substring(product_code FROM '-([0-9]+)-[0-9]{4}$')::int)
FROM ocop_certificate
WHERE product_code ~ '^.*-[0-9]+-[0-9]{4}$'
GROUP BY 1, 2;
