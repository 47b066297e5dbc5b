package vn.ocop.registry.product;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.ocop.registry.common.TestData;

@QuarkusTest
class ProductApiTest {

    private static String marker() {
        return TestData.marker();
    }

    private static List<String> namesFound(String user, String q) {
        return as(user).queryParam("q", q).queryParam("size", 200).get("/api/v1/products").then().statusCode(200)
                .extract().jsonPath().getList("items.name");
    }

    @Test
    void createShowsTheDerivedNamesAndNoInventedStars() {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở Chả Hoa " + marker());
        Response r = ProductFixtures.create(DO_TRAVINH, ProductFixtures.body(producer, "Chả Hoa"));
        r.then().statusCode(201)
                .header("Location", containsString("/api/v1/products/"))
                .header("ETag", "\"0\"")
                .body("name", equalTo("Chả Hoa"))
                .body("producerId", equalTo((int) producer))
                .body("producerName", startsWith("Cơ sở Chả Hoa"))
                .body("districtCode", equalTo(TRAVINH))
                .body("districtName", equalTo("Thành phố Trà Vinh"))
                .body("productSetNumber", equalTo(8))
                .body("productSetName", equalTo("Chế biến từ thịt, trứng, sữa"))
                .body("legalBasisCode", equalTo("DECISION_1048_2019"))
                .body("groupCode", equalTo("FOOD"))
                .body("groupName", equalTo("Thực phẩm"))
                .body("yearEntered", equalTo(2019))
                .body("status", equalTo("ACTIVE"))
                .body("currentStars", nullValue())
                .body("certificateStatus", nullValue())
                .body("createdBy", equalTo("do-travinh"));
        as(OFFICE).get(r.header("Location")).then().statusCode(200).header("ETag", "\"0\"").body("name", equalTo("Chả Hoa"));
    }

    @Test
    void searchIgnoresDiacriticsOverProductAndProducerNames() {
        String m = marker();
        long chaHoa = ProductFixtures.producer(TRAVINH, "Cơ sở Chả lụa Đông Phương " + m);
        long longHiep = ProductFixtures.producer(TRAVINH, "Hợp tác xã Long Hiệp " + m);
        long traSam = ProductFixtures.producer(CAUKE, "Cơ sở Trà Sâm Bảy Núi " + m);
        long banhTet = ProductFixtures.producer(CAUKE, "Cơ sở Bánh tét Trà Cuôn " + m);
        long salon = ProductFixtures.producer(TRAVINH, "Cơ sở Mộc Tre Việt " + m);
        ProductFixtures.create(OFFICE, ProductFixtures.body(chaHoa, "Chả Hoa " + m)).then().statusCode(201);
        ProductFixtures.create(OFFICE, ProductFixtures.body(longHiep, "Gạo Long Hiệp (Hạt Ngọc Rồng) " + m)).then()
                .statusCode(201);
        ProductFixtures.create(OFFICE, ProductFixtures.body(traSam, "Trà Sâm Đinh Lăng " + m)).then().statusCode(201);
        ProductFixtures.create(OFFICE, ProductFixtures.body(banhTet, "Bánh tét " + m)).then().statusCode(201);
        ProductFixtures.create(OFFICE, ProductFixtures.body(salon, "Bộ Salon tre " + m)).then().statusCode(201);

        assertEquals(List.of("Chả Hoa " + m), namesFound(OFFICE, "cha hoa " + m));
        assertEquals(List.of("Gạo Long Hiệp (Hạt Ngọc Rồng) " + m), namesFound(OFFICE, "gao long hiep (hat ngoc rong) " + m));
        assertEquals(List.of("Trà Sâm Đinh Lăng " + m), namesFound(OFFICE, "TRA SAM DINH LANG " + m));
        assertEquals(List.of("Bánh tét " + m), namesFound(OFFICE, "banh tet " + m));
        assertEquals(List.of("Bộ Salon tre " + m), namesFound(OFFICE, "bộ salon TRE " + m));
        // The producer's name finds its products too.
        assertEquals(List.of("Bộ Salon tre " + m), namesFound(OFFICE, "moc tre viet " + m));
        assertEquals(List.of("Chả Hoa " + m), namesFound(OFFICE, "dong phuong " + m));
        // Plain ASCII finds across words; a wrong word finds nothing.
        assertEquals(List.of("Gạo Long Hiệp (Hạt Ngọc Rồng) " + m), namesFound(OFFICE, "gao long hiep").stream()
                .filter(n -> n.endsWith(m)).toList());
        assertEquals(List.of(), namesFound(OFFICE, "cha ca " + m));
        // District-scoped users search only their district.
        assertEquals(List.of(), namesFound(DO_CAUKE, "cha hoa " + m));
        assertEquals(List.of("Bánh tét " + m), namesFound(DC_CAUKE, "banh tet " + m));
        // Punctuation, LIKE and regex wildcards only separate words; a query of punctuation alone finds nothing.
        assertEquals(5, namesFound(OFFICE, "%_ " + m).size());
        assertEquals(List.of("Gạo Long Hiệp (Hạt Ngọc Rồng) " + m), namesFound(OFFICE, "hat.* " + m));
        for (String q : new String[]{"%", "_", "\\", "%_", ".*", "\uFF05"}) {
            assertEquals(0, as(OFFICE).queryParam("q", q).get("/api/v1/products").then().statusCode(200)
                    .extract().jsonPath().getInt("total"), q);
        }
    }

    @Test
    void eachWordMatchesTheStartOfAWord() {
        String m = marker();
        long producer = ProductFixtures.producer(CAUKE, "Cơ sở Tám Dung " + m);
        ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Chả Hoa " + m)).then().statusCode(201);
        ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Cá khô " + m)).then().statusCode(201);
        ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Cà phê " + m)).then().statusCode(201);
        // "ca" inside a word, as a hex marker would have it.
        ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Bánh aca69792 " + m)).then().statusCode(201);

        for (String q : new String[]{"cha hoa", "CHẢ HOA", "chả h", "Ch h", "hoa cha"}) {
            assertEquals(List.of("Chả Hoa " + m), namesFound(OFFICE, q + " " + m), q);
        }
        for (String q : new String[]{"ca", "CÁ", "cà"}) {
            assertEquals(List.of("Cà phê " + m, "Cá khô " + m), namesFound(OFFICE, q + " " + m).stream().sorted().toList(), q);
        }
        assertEquals(List.of(), namesFound(OFFICE, "hoa ca " + m));
        assertEquals(List.of(), namesFound(OFFICE, "ha " + m));
        assertEquals(List.of("Bánh aca69792 " + m), namesFound(OFFICE, "aca " + m));
        assertEquals(List.of(), namesFound(OFFICE, "69792 " + m));
        // The marker itself is a word that only its own test's names hold.
        assertEquals(4, namesFound(OFFICE, m).size());
    }

    @Test
    void filtersCombine() {
        String m = marker();
        long producer = ProductFixtures.producer(TRAVINH, "HTX Lọc " + m);
        Map<String, Object> rice = ProductFixtures.body(producer, "Gạo thơm " + m);
        rice.put("productSetId", ProductFixtures.productSet("DECISION_1048_2019", 3));
        rice.put("yearEntered", 2020);
        ProductFixtures.create(OFFICE, rice).then().statusCode(201);
        Map<String, Object> stool = ProductFixtures.body(producer, "Sọt tre " + m);
        stool.put("productSetId", ProductFixtures.productSet("DECISION_1048_2019", 24));
        stool.put("status", "DISCONTINUED");
        ProductFixtures.create(OFFICE, stool).then().statusCode(201);

        as(OFFICE).queryParam("producerId", producer).get("/api/v1/products").then().statusCode(200)
                .body("total", equalTo(2)).body("items.name", contains("Gạo thơm " + m, "Sọt tre " + m));
        as(OFFICE).queryParam("producerId", producer).queryParam("groupCode", "HANDICRAFT").get("/api/v1/products")
                .then().statusCode(200).body("items.name", contains("Sọt tre " + m));
        as(OFFICE).queryParam("producerId", producer).queryParam("year", 2020).get("/api/v1/products")
                .then().statusCode(200).body("items.name", contains("Gạo thơm " + m));
        as(OFFICE).queryParam("producerId", producer).queryParam("status", "DISCONTINUED").get("/api/v1/products")
                .then().statusCode(200).body("items.name", contains("Sọt tre " + m));
        as(OFFICE).queryParam("producerId", producer).queryParam("productSetId", rice.get("productSetId"))
                .get("/api/v1/products").then().statusCode(200).body("items.name", contains("Gạo thơm " + m));
        as(OFFICE).queryParam("producerId", producer).queryParam("districtCode", CAUKE).get("/api/v1/products")
                .then().statusCode(200).body("total", equalTo(0));
        as(OFFICE).queryParam("q", m).queryParam("sort", "-name").get("/api/v1/products").then().statusCode(200)
                .body("items.name", contains("Sọt tre " + m, "Gạo thơm " + m));
        as(OFFICE).queryParam("q", m).queryParam("sort", "productSetNumber").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/products").then().statusCode(200)
                .body("items.name", contains("Sọt tre " + m)).body("total", equalTo(2)).body("page", equalTo(1));
    }

    @Test
    void districtScopedListsNeverShowAnotherDistrict() {
        ProductFixtures.product(TRAVINH, "Lạp xưởng " + marker());
        ProductFixtures.product(CAUKE, "Nước Mắm rươi " + marker());
        for (String user : new String[]{DO_CAUKE, DC_CAUKE}) {
            as(user).queryParam("size", 200).get("/api/v1/products").then().statusCode(200)
                    .body("items.districtCode", everyItem(equalTo(CAUKE))).body("items.districtCode", hasItem(CAUKE));
            as(user).queryParam("districtCode", TRAVINH).get("/api/v1/products").then().statusCode(200)
                    .body("items", empty()).body("total", equalTo(0));
        }
        for (String user : new String[]{DO_TRAVINH, DC_TRAVINH}) {
            as(user).queryParam("size", 200).get("/api/v1/products").then().statusCode(200)
                    .body("items.districtCode", everyItem(equalTo(TRAVINH)));
        }
    }

    @Test
    void districtOfficerRegistersOnlyForOwnDistrictsProducers() {
        long cauKe = ProductFixtures.producer(CAUKE, "Cơ sở Cầu Kè " + marker());
        String name = "Bánh Bao chỉ " + marker();
        ProductFixtures.create(DO_TRAVINH, ProductFixtures.body(cauKe, name)).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        assertEquals(List.of(), namesFound(OFFICE, name), "a refused create stores nothing");
        // Nor may a product move to another district's producer.
        long id = ProductFixtures.product(TRAVINH, "Tôm Khô " + marker());
        as(DO_TRAVINH).header("If-Match", "\"0\"").body(ProductFixtures.body(cauKe, "Tôm Khô")).put("/api/v1/products/" + id)
                .then().statusCode(403);
        as(OFFICE).get("/api/v1/products/" + id).then().body("districtCode", equalTo(TRAVINH)).body("version", equalTo(0));
    }

    @Test
    void idempotencyKeyReplayReturnsTheSameProductAndCreatesOneRow() {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở Cốm ống " + marker());
        Map<String, Object> body = ProductFixtures.body(producer, "Cốm ống");
        String key = UUID.randomUUID().toString();
        Response first = as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post("/api/v1/products");
        first.then().statusCode(201);
        Response replay = as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post("/api/v1/products");
        replay.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.jsonPath().getInt("id")));
        as(OFFICE).queryParam("producerId", producer).get("/api/v1/products").then().body("total", equalTo(1));
        // The same key for a different body is refused, and stores nothing.
        body.put("name", "Cốm dẹp");
        as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post("/api/v1/products").then().statusCode(422)
                .contentType(startsWith("application/problem+json"));
        as(OFFICE).queryParam("producerId", producer).get("/api/v1/products").then().body("total", equalTo(1));
    }

    @Test
    void sameNameTwiceForOneProducerIsAConflict() {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở Kẹo Đậu Phộng " + marker());
        ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Kẹo Đậu Phộng")).then().statusCode(201);
        ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "kẹo đậu phộng")).then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        as(OFFICE).queryParam("producerId", producer).get("/api/v1/products").then().body("total", equalTo(1));
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở Trà Thảo mộc " + marker());
        Response created = ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Trà Thảo mộc Nhãn Lồng"));
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        as(OFFICE).header("If-Match", etag).body(ProductFixtures.body(producer, "Trà Thảo mộc Nhãn Lồng túi lọc"))
                .put("/api/v1/products/" + id).then().statusCode(200).header("ETag", "\"1\"");
        as(OFFICE).header("If-Match", etag).body(ProductFixtures.body(producer, "Trà Ghi Đè")).put("/api/v1/products/" + id)
                .then().statusCode(412).contentType(startsWith("application/problem+json"));
        as(OFFICE).body(ProductFixtures.body(producer, "Trà Ghi Đè")).put("/api/v1/products/" + id)
                .then().statusCode(428).contentType(startsWith("application/problem+json"));
        as(OFFICE).header("If-Match", etag).delete("/api/v1/products/" + id).then().statusCode(412);
        as(OFFICE).get("/api/v1/products/" + id).then().statusCode(200)
                .body("name", equalTo("Trà Thảo mộc Nhãn Lồng túi lọc")).body("version", equalTo(1));
    }

    @Test
    void anUnchangedPutKeepsTheVersion() {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở Trà Sả " + marker());
        Response created = ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Trà Sả"));
        as(OFFICE).header("If-Match", created.header("ETag")).body(ProductFixtures.body(producer, "Trà Sả"))
                .put(created.header("Location")).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void historyShowsEachChangeWithItsAuthor() {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở Trà Hoa Đậu Biếc " + marker());
        Response created = ProductFixtures.create(DO_TRAVINH, ProductFixtures.body(producer, "Trà Hoa Đậu Biếc"));
        long id = created.jsonPath().getLong("id");
        Map<String, Object> changed = ProductFixtures.body(producer, "Trà Hoa Đậu Biếc");
        changed.put("status", "DISCONTINUED");
        changed.put("yearEntered", 2020);
        as(OFFICE).header("If-Match", created.header("ETag")).body(changed).put("/api/v1/products/" + id)
                .then().statusCode(200);

        JsonPath history = as(DO_TRAVINH).get("/api/v1/products/" + id + "/history").then().statusCode(200)
                .body("total", equalTo(2)).extract().jsonPath();
        assertEquals("CREATED", history.getString("items[0].action"));
        assertEquals("do-travinh", history.getString("items[0].actor"));
        assertEquals("Trà Hoa Đậu Biếc", history.getString("items[0].changes.name.to"));
        assertEquals("UPDATED", history.getString("items[1].action"));
        assertEquals("office", history.getString("items[1].actor"));
        assertEquals(Map.of("status", Map.of("from", "ACTIVE", "to", "DISCONTINUED"),
                "yearEntered", Map.of("from", 2019, "to", 2020)), history.getMap("items[1].changes"));
        as(OFFICE).queryParam("sort", "-at").get("/api/v1/products/" + id + "/history").then()
                .body("items.action", contains("UPDATED", "CREATED"));
    }

    @Test
    void deleteRemovesTheRowAndIsRecorded() {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở Tạm " + marker());
        Response created = ProductFixtures.create(DO_TRAVINH, ProductFixtures.body(producer, "Sản phẩm tạm"));
        long id = created.jsonPath().getLong("id");
        as(DO_TRAVINH).header("If-Match", created.header("ETag")).delete("/api/v1/products/" + id).then().statusCode(204);
        as(OFFICE).get("/api/v1/products/" + id).then().statusCode(404).contentType(startsWith("application/problem+json"));
        as(OFFICE).get("/api/v1/products/" + id + "/history").then().statusCode(404);
    }

    @Test
    void missingProductIs404() {
        as(OFFICE).get("/api/v1/products/999999999").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body(not(containsString("Exception")));
    }
}
