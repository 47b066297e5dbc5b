-- National-scale volume for benchmarks: 8,000 producers and 17,000 products spread over the
-- 9 district-level units of Trà Vinh, with realistic Vietnamese names. Runs on a migrated database.
INSERT INTO producer (id, type, name, tax_code, representative, phone, email, address, district_code, district_id,
                      registered_on, version, created_at, created_by, updated_at, updated_by)
SELECT 1000000 + g,
       (ARRAY['ENTERPRISE','COOPERATIVE','COOPERATIVE_GROUP','HOUSEHOLD_BUSINESS'])[1 + g % 4],
       (ARRAY['Hợp tác xã','Công ty TNHH','Tổ hợp tác','Hộ kinh doanh','Cơ sở'])[1 + g % 5] || ' ' ||
       (ARRAY['Nông nghiệp','Thủy sản','Dừa sáp','Chả hoa','Bánh tét','Trà thảo mộc','Gạo sạch','Mắm rươi','Tre đan','Kẹo đậu phộng'])[1 + (g / 5) % 10] || ' ' ||
       (ARRAY['Cầu Kè','Trà Cú','Tiểu Cần','Càng Long','Châu Thành','Cầu Ngang','Duyên Hải','Long Đức','Hòa Ân','Đại An'])[1 + (g / 50) % 10] || ' ' || g,
       NULL, 'Nguyễn Văn ' || g, '0294' || lpad((g % 10000000)::text, 7, '0'), 'cs' || g || '@example.vn',
       'Ấp ' || (g % 12) || ', xã ' || g,
       d.code, d.id, DATE '2024-01-01' + g % 500,
       0, now(), 'bench', now(), 'bench'
FROM generate_series(1, 8000) g
-- the districts of Trà Vinh as they were until 2025-06-30
JOIN admin_unit d ON d.code = (ARRAY['842','844','845','846','847','848','849','850','851'])[1 + g % 9]
                 AND d.valid_from <= DATE '2024-01-01' AND (d.valid_to IS NULL OR d.valid_to >= DATE '2025-06-30');

INSERT INTO product (id, producer_id, name, description, product_set_id, year_entered, status,
                     version, created_at, created_by, updated_at, updated_by)
SELECT 1000000 + g, 1000000 + 1 + (g % 8000),
       (ARRAY['Chả hoa','Gạo Long Hiệp','Trà Sâm Đinh Lăng','Bánh tét lá cẩm','Kẹo đậu phộng','Nước mắm rươi',
              'Tôm khô','Dừa sáp','Bộ salon tre','Lạp xưởng','Cốm ống','Mật ong rừng'])[1 + g % 12] || ' ' || g,
       'Sản phẩm thử tải', (SELECT min(id) FROM product_set) + (g % 26), 2019 + g % 7, 'ACTIVE',
       0, now(), 'bench', now(), 'bench'
FROM generate_series(1, 17000) g;
ANALYZE producer;
ANALYZE product;
