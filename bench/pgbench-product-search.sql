-- The SQL one product search request runs (q=tra sam dinh lang): the page (size 20 + 1) and the capped count, as
-- Hibernate renders them; the database floor of that scenario: pgbench -n -M prepared -c 8 -j 2 -T 15 -f this-file DB
SELECT p.*, pr.*, ps.*, g.* FROM product p JOIN producer pr ON pr.id = p.producer_id JOIN product_set ps ON ps.id = p.product_set_id JOIN product_group g ON g.id = ps.group_id WHERE (p.search @@ (SELECT f_search_query('tra sam dinh lang'))) ORDER BY p.name, p.id OFFSET 0 ROWS FETCH FIRST 21 ROWS ONLY;
SELECT p.id FROM product p JOIN product_set ps ON ps.id = p.product_set_id WHERE (p.search @@ (SELECT f_search_query('tra sam dinh lang'))) FETCH FIRST 1001 ROWS ONLY;
