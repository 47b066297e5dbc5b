package vn.ocop.registry.product;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.TestData;

/** The search documents (V150) kept on write, and keyset pages through the shared paging (PageRequest). */
@QuarkusTest
class ProductSearchPagingTest {
    @Inject
    AgroalDataSource db;

    private static List<String> namesFound(String q) {
        return as(OFFICE).queryParam("q", q).queryParam("size", 200).get("/api/v1/products").then().statusCode(200)
                .extract().jsonPath().getList("items.name");
    }

    @Test
    void aProducerRenameReachesItsProductsDocuments() {
        String m = TestData.marker();
        long producer = ProductFixtures.producer(CAUKE, "Cơ sở Mộc Tre Việt " + m);
        ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Bộ Salon tre " + m)).then().statusCode(201);
        assertEquals(List.of("Bộ Salon tre " + m), namesFound("moc tre viet " + m));
        // The words of a query may be spread over the product's and its producer's names.
        assertEquals(List.of("Bộ Salon tre " + m), namesFound("salon viet " + m));

        String etag = ProductFixtures.etag("/api/v1/producers/" + producer);
        as(OFFICE).header("If-Match", etag).body(TestData.producer(CAUKE, "Hợp tác xã Đồ gỗ Phước Hảo " + m))
                .put("/api/v1/producers/" + producer).then().statusCode(200);
        assertEquals(List.of("Bộ Salon tre " + m), namesFound("do go phuoc hao " + m));
        assertEquals(List.of(), namesFound("moc tre viet " + m));
        // The product's own version is untouched: its document is not one of its fields.
        as(OFFICE).queryParam("q", "phuoc hao " + m).get("/api/v1/products").then().statusCode(200)
                .body("items[0].version", equalTo(0));
    }

    @Test
    void aProductMovedToAnotherProducerIsFoundUnderItsName() {
        String m = TestData.marker();
        long first = ProductFixtures.producer(TRAVINH, "Cơ sở Bánh Pía Sóc Trăng " + m);
        long second = ProductFixtures.producer(TRAVINH, "Cơ sở Kẹo Dừa Bến Tre " + m);
        long id = ProductFixtures.create(OFFICE, ProductFixtures.body(first, "Bánh kẹo " + m)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(OFFICE).header("If-Match", "\"0\"").body(ProductFixtures.body(second, "Bánh kẹo " + m))
                .put("/api/v1/products/" + id).then().statusCode(200);
        assertEquals(List.of("Bánh kẹo " + m), namesFound("keo dua ben tre " + m));
        assertEquals(List.of(), namesFound("pia soc trang " + m));
    }

    @Test
    void cursorPagesHaveNoOverlapNoGapAndKeepTiesInIdOrder() {
        String m = TestData.marker();
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở Phân trang " + m);
        // Duplicate names are refused per producer, so ties come from several producers.
        long other = ProductFixtures.producer(CAUKE, "Cơ sở Phân trang khác " + m);
        long third = ProductFixtures.producer(CAUKE, "Cơ sở Phân trang thứ ba " + m);
        for (String name : new String[]{"Cốm", "Bánh", "Đường", "Mắm", "Trà"}) {
            ProductFixtures.create(OFFICE, ProductFixtures.body(producer, name + " " + m)).then().statusCode(201);
        }
        ProductFixtures.create(OFFICE, ProductFixtures.body(other, "Bánh " + m)).then().statusCode(201);
        ProductFixtures.create(OFFICE, ProductFixtures.body(third, "Bánh " + m)).then().statusCode(201);

        for (String sort : new String[]{"name", "-name", "producerName,-id", "-yearEntered,name"}) {
            List<Integer> all = as(OFFICE).queryParam("q", m).queryParam("sort", sort).queryParam("size", 200)
                    .get("/api/v1/products").then().statusCode(200).body("total", equalTo(7))
                    .body("totalCapped", equalTo(false)).body("next", nullValue()).extract().jsonPath().getList("items.id");
            assertEquals(7, all.size(), sort);
            List<Integer> paged = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                var request = as(OFFICE).queryParam("q", m).queryParam("sort", sort).queryParam("size", 2);
                if (after != null) {
                    request.queryParam("after", after);
                }
                JsonPath page = request.get("/api/v1/products").then().statusCode(200).body("total", equalTo(7))
                        .extract().jsonPath();
                paged.addAll(page.getList("items.id"));
                after = page.getString("next");
                pages++;
            } while (after != null && pages < 10);
            assertEquals(all, paged, sort);
            assertEquals(4, pages, sort);
            assertEquals(7, new HashSet<>(paged).size(), sort);
        }
    }

    @Test
    void cursorsWorkOnProducersAndTheCatalogueToo() {
        String m = TestData.marker();
        for (int i = 0; i < 3; i++) {
            ProductFixtures.producer(CAUKE, "Cơ sở Con trỏ " + m);
        }
        JsonPath first = as(OFFICE).queryParam("q", "con tro " + m).queryParam("size", 2).get("/api/v1/producers").then()
                .statusCode(200).body("total", equalTo(3)).extract().jsonPath();
        assertNotNull(first.getString("next"));
        JsonPath second = as(OFFICE).queryParam("q", "con tro " + m).queryParam("size", 2)
                .queryParam("after", first.getString("next")).get("/api/v1/producers").then().statusCode(200)
                .body("next", nullValue()).extract().jsonPath();
        List<Long> ids = new ArrayList<>(first.getList("items.id", Long.class));
        ids.addAll(second.getList("items.id", Long.class));
        assertEquals(3, new HashSet<>(ids).size());
        as(ANONYMOUS).queryParam("size", 1).get("/api/v1/public/products").then().statusCode(200);
    }

    @Test
    void aForeignCursorIsA400NamingAfter() {
        for (String cursor : new String[]{"not-a-cursor", "W10", "eyJhIjoxfQ", "WyJ4Il0", "WyJhIiwiYiJd"}) {
            as(OFFICE).queryParam("after", cursor).get("/api/v1/products").then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("after"));
        }
        as(OFFICE).queryParam("after", "WyJhIiwiYiJd").queryParam("page", 1).get("/api/v1/products").then().statusCode(400)
                .body("errors.field", hasItem("page"));
        // A list that pages by number only refuses a cursor rather than ignoring it.
        as(OFFICE).queryParam("after", "WyJhIiwiYiJd").get("/api/v1/partners").then().statusCode(400)
                .body("errors.field", hasItem("after"));
    }

    /** The planner can answer each search from its index alone, also with the generic plan of a prepared statement. */
    @Test
    void searchesUseTheirIndexesWithGenericPlans() throws SQLException {
        String[][] cases = {
                {"SELECT id FROM product p WHERE p.search @@ (SELECT f_search_query($1))", "product_search_idx"},
                {"SELECT id FROM producer p WHERE f_search_doc(p.name) @@ (SELECT f_search_query($1))",
                        "producer_name_doc_idx"},
                {"SELECT id FROM product p WHERE f_search_doc(p.name) @@ (SELECT f_search_query($1))", "product_name_doc_idx"}};
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET plan_cache_mode = force_generic_plan");
            s.execute("SET enable_seqscan = off");
            for (String[] k : cases) {
                s.execute("DEALLOCATE ALL");
                s.execute("PREPARE q(text) AS " + k[0]);
                StringBuilder plan = new StringBuilder();
                try (ResultSet r = s.executeQuery("EXPLAIN EXECUTE q('tra sam dinh lang')")) {
                    while (r.next()) {
                        plan.append(r.getString(1)).append('\n');
                    }
                }
                String text = plan.toString();
                assertTrue(text.contains("Bitmap Index Scan on " + k[1]), text);
                assertFalse(text.contains("Seq Scan"), text);
                assertFalse(text.contains("Filter:"), "no per-row recheck: " + text);
            }
            s.execute("DEALLOCATE ALL");
            s.execute("RESET ALL");
        }
    }
}
