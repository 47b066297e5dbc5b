-- The evaluation procedure of each legal basis as data: which levels exist, which of them score, up to
-- which stars each recognises, and from which mean score it forwards a product to the next level up.
-- One per legal basis, seeded here (a new legal basis arrives with its own migration).
CREATE TABLE evaluation_procedure (
    id               bigint        PRIMARY KEY,
    legal_basis_code varchar(40)   NOT NULL UNIQUE REFERENCES legal_basis (code),
    name             varchar(300)  NOT NULL,
    description      varchar(2000),
    version          bigint        NOT NULL DEFAULT 0,
    created_at       timestamptz   NOT NULL,
    created_by       varchar(100)  NOT NULL,
    updated_at       timestamptz   NOT NULL,
    updated_by       varchar(100)  NOT NULL
);

-- Levels are ordered COMMUNE < DISTRICT < PROVINCIAL < CENTRAL; a forwarded product goes to the next level
-- that the procedure has.
CREATE TABLE procedure_level (
    id                   bigserial     PRIMARY KEY,
    procedure_id         bigint        NOT NULL REFERENCES evaluation_procedure (id) ON DELETE CASCADE,
    level                varchar(20)   NOT NULL CHECK (level IN ('COMMUNE','DISTRICT','PROVINCIAL','CENTRAL')),
    checks_dossier       boolean       NOT NULL,
    rates_local_origin   boolean       NOT NULL,
    scores               boolean       NOT NULL,
    forward_min_score    numeric(5,2)  CHECK (forward_min_score BETWEEN 0 AND 100),
    min_recognised_stars int           CHECK (min_recognised_stars BETWEEN 1 AND 5),
    max_recognised_stars int           CHECK (max_recognised_stars BETWEEN 1 AND 5),
    description          varchar(1000),
    UNIQUE (procedure_id, level),
    CHECK ((min_recognised_stars IS NULL) = (max_recognised_stars IS NULL)),
    CHECK (min_recognised_stars IS NULL OR min_recognised_stars <= max_recognised_stars),
    CHECK (scores OR (forward_min_score IS NULL AND min_recognised_stars IS NULL))
);

INSERT INTO evaluation_procedure (id, legal_basis_code, name, description, created_at, created_by, updated_at, updated_by) VALUES
    (1, 'DECISION_1048_2019', 'Quy trình đánh giá, phân hạng sản phẩm OCOP theo Quyết định 1048/QĐ-TTg',
        'Hội đồng cấp huyện đánh giá và chuyển sản phẩm đạt từ 50 điểm lên cấp tỉnh; UBND tỉnh công nhận 3–4 sao; sản phẩm từ 90 điểm được đề xuất Hội đồng Trung ương công nhận 5 sao.',
        now(), 'system', now(), 'system'),
    (2, 'DECISION_148_2023', 'Quy trình đánh giá, phân hạng sản phẩm OCOP theo Quyết định 148/QĐ-TTg',
        'Cấp huyện công nhận 3 sao, cấp tỉnh 4 sao, Trung ương 5 sao.',
        now(), 'system', now(), 'system'),
    (3, 'DECISION_26_2026', 'Quy trình đánh giá, phân hạng sản phẩm OCOP theo Quyết định 26/2026/QĐ-TTg (Điều 4–8)',
        'Không còn cấp huyện: UBND cấp xã kiểm tra hồ sơ và đánh giá các tiêu chí về nguồn gốc địa phương; tổ tư vấn cấp tỉnh thẩm định, Hội đồng cấp tỉnh chấm điểm, Chủ tịch UBND tỉnh công nhận 3–4 sao; sản phẩm từ 90 điểm gửi Bộ Nông nghiệp và Môi trường để Hội đồng Trung ương công nhận 5 sao.',
        now(), 'system', now(), 'system');

INSERT INTO procedure_level (procedure_id, level, checks_dossier, rates_local_origin, scores, forward_min_score,
        min_recognised_stars, max_recognised_stars, description) VALUES
    (1, 'DISTRICT', true, false, true, 50, NULL, NULL,
        'Hội đồng cấp huyện đánh giá; sản phẩm đạt từ 50 điểm được chuyển lên cấp tỉnh.'),
    (1, 'PROVINCIAL', false, false, true, 90, 3, 4,
        'Hội đồng cấp tỉnh đánh giá; UBND tỉnh công nhận 3–4 sao; từ 90 điểm đề xuất Trung ương.'),
    (1, 'CENTRAL', false, false, true, NULL, 5, 5,
        'Hội đồng Trung ương đánh giá và công nhận 5 sao.'),
    (2, 'DISTRICT', true, false, true, 70, 3, 3,
        'Hội đồng cấp huyện đánh giá, UBND huyện công nhận 3 sao; từ 70 điểm chuyển lên cấp tỉnh.'),
    (2, 'PROVINCIAL', false, false, true, 90, 4, 4,
        'Hội đồng cấp tỉnh đánh giá, UBND tỉnh công nhận 4 sao; từ 90 điểm đề xuất Trung ương.'),
    (2, 'CENTRAL', false, false, true, NULL, 5, 5,
        'Hội đồng Trung ương đánh giá và công nhận 5 sao.'),
    (3, 'COMMUNE', true, true, false, NULL, NULL, NULL,
        'UBND cấp xã kiểm tra hồ sơ trong 15 ngày làm việc, đánh giá các tiêu chí về nguồn gốc địa phương (không xếp sao) và gửi lên cấp tỉnh.'),
    (3, 'PROVINCIAL', true, false, true, 90, 3, 4,
        'Cơ quan OCOP tỉnh kiểm tra hồ sơ; tổ tư vấn thẩm định, khảo sát thực tế; Hội đồng cấp tỉnh chấm điểm; Chủ tịch UBND tỉnh công nhận 3–4 sao; từ 90 điểm gửi Bộ Nông nghiệp và Môi trường.'),
    (3, 'CENTRAL', false, false, true, NULL, 5, 5,
        'Hội đồng cấp Trung ương (Bộ Nông nghiệp và Môi trường) đánh giá và công nhận 5 sao.');
