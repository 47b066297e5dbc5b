-- The change feed (GET /api/v1/changes): an outbox written in the same transaction as each change of a producer,
-- product, certification, OCOP certificate, recognition decision, sales contract or trade event.
--
-- Why seq is not taken at insert time: a transaction that takes number 7 and commits after the one that took 8 would
-- be skipped by a reader that already read 8 and continues "after 8". So rows are inserted with seq NULL and numbered
-- at commit: a deferred constraint trigger, queued once per transaction, takes one advisory lock (held until the
-- commit has completed and is visible) and numbers the transaction's rows. Numbering transactions thus follow each
-- other one at a time in commit order, so when a reader sees seq N, every seq below N is committed and visible to it
-- too: `seq > cursor order by seq` never skips a change and never repeats one.
CREATE SEQUENCE change_event_seq;

CREATE TABLE change_event (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- NULL until the writing transaction commits; the order of commits.
    seq              bigint,
    tx               xid8         NOT NULL DEFAULT pg_current_xact_id(),
    resource_type    varchar(40)  NOT NULL CHECK (resource_type IN ('PRODUCER','PRODUCT','CERTIFICATION',
                         'OCOP_CERTIFICATE','RECOGNITION_DECISION','SALES_CONTRACT','TRADE_EVENT')),
    resource_id      bigint       NOT NULL,
    action           varchar(10)  NOT NULL CHECK (action IN ('CREATED','UPDATED','DELETED')),
    version          bigint       NOT NULL,
    at               timestamptz  NOT NULL,
    actor            varchar(100) NOT NULL,
    -- The author's role (integrators see it instead of a person's name), and the client when the author was one.
    actor_role       varchar(40)  NOT NULL,
    actor_client     varchar(100),
    -- Where the resource was when the event was written, for unit-scoped readers (UnitScope.mayReadPlaced): the
    -- district of registration and the commune it lay in that day. Not placed: readable by every reader.
    placed           boolean      NOT NULL,
    district_code    varchar(10),
    commune_code     varchar(10),
    -- A sales contract's partner, for clients bound to one.
    partner_tax_code varchar(14)
);
CREATE UNIQUE INDEX change_event_seq_uq ON change_event (seq);
CREATE INDEX change_event_unsequenced ON change_event (tx) WHERE seq IS NULL;
CREATE INDEX change_event_unplaced ON change_event (seq) WHERE NOT placed;
CREATE INDEX change_event_district ON change_event (district_code, seq) WHERE placed;
CREATE INDEX change_event_commune ON change_event (commune_code, seq) WHERE placed;

-- True for the first row a transaction inserts, so that the numbering trigger is queued once per transaction, not once
-- per row (an import of 5,000 rows pays for one). A transaction-local setting: reset at its end, and undone with a
-- rolled-back savepoint together with the trigger event it queued.
CREATE FUNCTION change_event_first_of_transaction() RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF current_setting('ocop.change_event_queued', true) = 'on' THEN
        RETURN false;
    END IF;
    PERFORM set_config('ocop.change_event_queued', 'on', true);
    RETURN true;
END $$;

CREATE FUNCTION change_event_number() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n     bigint;
    first bigint;
BEGIN
    -- One fixed key ("OCOPFEED"): numbering transactions queue here, and each holds the lock until its commit ends.
    PERFORM pg_advisory_xact_lock(5720933880313185604);
    SELECT count(*) INTO n FROM change_event WHERE tx = pg_current_xact_id() AND seq IS NULL;
    IF n > 0 THEN
        -- Every nextval happens under the lock, so one block of n numbers can be reserved at once.
        first := nextval('change_event_seq');
        IF n > 1 THEN
            PERFORM setval('change_event_seq', first + n - 1);
        END IF;
        UPDATE change_event e SET seq = first + o.rank
        FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rank
              FROM change_event WHERE tx = pg_current_xact_id() AND seq IS NULL) o
        WHERE e.id = o.id;
    END IF;
    -- Rows inserted after this (SET CONSTRAINTS ... IMMEDIATE fired it early) queue the trigger again.
    PERFORM set_config('ocop.change_event_queued', '', true);
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER change_event_number AFTER INSERT ON change_event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (change_event_first_of_transaction())
    EXECUTE FUNCTION change_event_number();

-- The commune-level unit a unit version lies in, as a whole, on a day (admin_unit_placement): a producer's commune of
-- today for scoping, as ProducerPlaces computes it.
CREATE FUNCTION change_event_commune(unit bigint, on_day date) RETURNS varchar LANGUAGE sql STABLE AS $$
    SELECT pl.placed_code FROM admin_unit_placement pl
    WHERE pl.unit_id = unit AND pl.portion = 'WHOLE' AND pl.placed_type IN ('COMMUNE','WARD','TOWNSHIP')
      AND pl.placed_from <= on_day AND (pl.placed_to IS NULL OR pl.placed_to >= on_day)
    LIMIT 1
$$;

-- What exists before the feed starts is its first page: one CREATED event per row, by the system, so that a reader
-- starting from zero gets everything.
INSERT INTO change_event (resource_type, resource_id, action, version, at, actor, actor_role, placed, district_code,
                          commune_code, partner_tax_code)
SELECT t.resource_type, t.resource_id, 'CREATED', t.version, t.updated_at, 'system', 'system', t.placed,
       pr.district_code,
       CASE WHEN t.by_commune THEN change_event_commune(pr.commune_id,
                                                         (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) END,
       t.partner_tax_code
FROM (
    SELECT 'PRODUCER' AS resource_type, p.id AS resource_id, p.version, p.updated_at, true AS placed,
           p.id AS producer_id, true AS by_commune, NULL::varchar AS partner_tax_code, 1 AS rank
    FROM producer p
    UNION ALL
    SELECT 'PRODUCT', p.id, p.version, p.updated_at, true, p.producer_id, true, NULL, 2 FROM product p
    UNION ALL
    SELECT 'CERTIFICATION', c.id, c.version, c.updated_at, true, coalesce(c.producer_id, p.producer_id), true, NULL, 3
    FROM certification c LEFT JOIN product p ON p.id = c.product_id
    UNION ALL
    SELECT 'RECOGNITION_DECISION', d.id, d.version, d.updated_at, false, NULL, false, NULL, 4
    FROM recognition_decision d
    UNION ALL
    SELECT 'OCOP_CERTIFICATE', c.id, c.version, c.updated_at, true, p.producer_id, false, NULL, 5
    FROM ocop_certificate c JOIN product p ON p.id = c.product_id
    UNION ALL
    SELECT 'TRADE_EVENT', e.id, e.version, e.updated_at, false, NULL, false, NULL, 6 FROM trade_event e
    UNION ALL
    SELECT 'SALES_CONTRACT', c.id, c.version, c.updated_at, true, c.producer_id, false, pa.tax_code, 7
    FROM sales_contract c JOIN partner pa ON pa.id = c.partner_id
) t
LEFT JOIN producer pr ON pr.id = t.producer_id
ORDER BY t.rank, t.resource_id;

-- Conditional lists (updatedSince) of the seven resources.
CREATE INDEX producer_updated_at ON producer (updated_at);
CREATE INDEX product_updated_at ON product (updated_at);
CREATE INDEX certification_updated_at ON certification (updated_at);
CREATE INDEX ocop_certificate_updated_at ON ocop_certificate (updated_at);
CREATE INDEX recognition_decision_updated_at ON recognition_decision (updated_at);
CREATE INDEX sales_contract_updated_at ON sales_contract (updated_at);
CREATE INDEX trade_event_updated_at ON trade_event (updated_at);
