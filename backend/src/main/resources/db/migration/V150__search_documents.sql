-- Search served by full-text indexes instead of trigram LIKE plus a per-row regex recheck (issue 15).
-- The rule is unchanged (Where.matches): each query word must start a word of the text, without regard to case or
-- diacritics. A text's words are the runs of [:alnum:] of f_unaccent(text), stored verbatim as the lexemes of a
-- tsvector (array_to_tsvector: no parser, no stemming, no stop words); a query is the AND of its words as prefixes
-- ('tra:* & sam:*'), which a GIN index answers directly, without rechecking rows.

-- The words of a text as a search document. Lexemes longer than a tsvector allows cannot be a word anybody types.
-- public.f_unaccent: pg_restore builds the indexes on these functions with an empty search_path.
CREATE FUNCTION f_search_doc(t text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT array_to_tsvector(coalesce(array(
    SELECT DISTINCT w FROM regexp_split_to_table(coalesce(public.f_unaccent(t), ''), '[^[:alnum:]]+') w
    WHERE w <> '' AND octet_length(w) < 2047), '{}'))
$$;

-- A query as the AND of its words' prefixes; the words are [:alnum:] runs, so none carries a tsquery operator. A
-- query without any word is the empty tsquery, which matches nothing.
CREATE FUNCTION f_search_query(q text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT coalesce(string_agg(w || ':*', ' & '), '')::tsquery
FROM regexp_split_to_table(coalesce(public.f_unaccent(q), ''), '[^[:alnum:]]+') w
WHERE w <> '' AND octet_length(w) < 2047
$$;

-- A product is found by its own name and its producer's: one stored document, so that a search is one index scan and
-- not an OR across the join. Kept on write: by the product's trigger, and by the producer's on a rename.
ALTER TABLE product ADD COLUMN search tsvector;
UPDATE product p SET search = f_search_doc(p.name) || f_search_doc(pr.name) FROM producer pr WHERE pr.id = p.producer_id;
ALTER TABLE product ALTER COLUMN search SET NOT NULL;
CREATE INDEX product_search_idx ON product USING gin (search);

CREATE FUNCTION product_search_document() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := f_search_doc(NEW.name) || f_search_doc((SELECT name FROM producer WHERE id = NEW.producer_id));
    RETURN NEW;
END $$;
CREATE TRIGGER product_search_document BEFORE INSERT OR UPDATE OF name, producer_id ON product
    FOR EACH ROW EXECUTE FUNCTION product_search_document();

CREATE FUNCTION producer_renamed_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE product SET search = f_search_doc(name) || f_search_doc(NEW.name) WHERE producer_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER producer_renamed_search AFTER UPDATE OF name ON producer
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION producer_renamed_search();

-- Every other searched column: an expression index on its document, which Where.matches queries as
-- f_search_doc(column) @@ query. These replace the trigram indexes, which nothing queries any more.
DROP INDEX product_name_search_idx;
CREATE INDEX product_name_doc_idx ON product USING gin (f_search_doc(name));
DROP INDEX producer_name_search_idx;
CREATE INDEX producer_name_doc_idx ON producer USING gin (f_search_doc(name));
DROP INDEX product_set_name_search_idx;
CREATE INDEX product_set_name_doc_idx ON product_set USING gin (f_search_doc(name));
DROP INDEX certification_number_search_idx;
CREATE INDEX certification_number_doc_idx ON certification USING gin (f_search_doc(number));
DROP INDEX certification_issuer_search_idx;
CREATE INDEX certification_issuer_doc_idx ON certification USING gin (f_search_doc(issuer));
DROP INDEX partner_name_search_idx;
CREATE INDEX partner_name_doc_idx ON partner USING gin (f_search_doc(name));
DROP INDEX trade_event_name_search_idx;
CREATE INDEX trade_event_name_doc_idx ON trade_event USING gin (f_search_doc(name));
DROP INDEX trade_event_province_search_idx;
CREATE INDEX trade_event_province_doc_idx ON trade_event USING gin (f_search_doc(host_province));
DROP INDEX point_of_sale_name_search_idx;
CREATE INDEX point_of_sale_name_doc_idx ON point_of_sale USING gin (f_search_doc(name));
DROP INDEX support_request_description_search_idx;
CREATE INDEX support_request_description_doc_idx ON support_request USING gin (f_search_doc(description));
DROP INDEX rubric_version_name_search_idx;
CREATE INDEX rubric_version_name_doc_idx ON rubric_version USING gin (f_search_doc(name));
DROP INDEX rubric_sheet_name_search_idx;
CREATE INDEX rubric_sheet_name_doc_idx ON rubric_sheet USING gin (f_search_doc(name));
DROP INDEX evaluation_round_name_search_idx;
CREATE INDEX evaluation_round_name_doc_idx ON evaluation_round USING gin (f_search_doc(name));
DROP INDEX evaluation_entry_name_search_idx;
CREATE INDEX evaluation_entry_name_doc_idx ON evaluation_entry USING gin (f_search_doc(product_name));
DROP INDEX evaluation_entry_producer_search_idx;
CREATE INDEX evaluation_entry_producer_doc_idx ON evaluation_entry USING gin (f_search_doc(producer_name));

-- The LIKE pattern and the word-start regex of V80 served only the trigram search.
DROP FUNCTION f_search_like(text);
DROP FUNCTION f_search_word_start(text);
