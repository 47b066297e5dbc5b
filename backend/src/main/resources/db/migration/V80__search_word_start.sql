-- The search rule: each word of a query must start a word of the searched text, without regard to
-- case or diacritics ("ca" finds "Cá khô" and "Cà phê", not "aca69792"). A query word becomes two
-- patterns over f_unaccent(text): a LIKE '%word%' that the trigram indexes serve, and the word-start
-- regex that rechecks the rows it finds. Both escape the unaccented word, since unaccent can turn
-- letters into LIKE or regex metacharacters (e.g. U+02C6 into '^').
CREATE FUNCTION f_search_like(word text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT '%' || regexp_replace(f_unaccent(word), '([\\%_])', '\\\1', 'g') || '%' $$;

CREATE FUNCTION f_search_word_start(word text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT '(^|[^[:alnum:]])' || regexp_replace(f_unaccent(word), '([^[:alnum:]])', '\\\1', 'g') $$;
