-- The day a producer was registered: the units it names are those of that day (a 2019 producer names its 2019 district
-- and commune, one registered since 2025-07-01 a commune of the new map). Existing rows: the day they were created,
-- or, for records of the old map created later (the 2019 data loaded in 2026), the last day of their district.
ALTER TABLE producer ADD COLUMN registered_on date;
UPDATE producer p SET registered_on = LEAST((p.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
        COALESCE((SELECT u.valid_to FROM admin_unit u WHERE u.id = p.district_id), 'infinity'::date),
        COALESCE((SELECT u.valid_to FROM admin_unit u WHERE u.id = p.commune_id), 'infinity'::date));
ALTER TABLE producer ALTER COLUMN registered_on SET NOT NULL;
