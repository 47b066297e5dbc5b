package vn.ocop.registry.changefeed;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestProducts;
import vn.ocop.registry.common.TestUnits;

@QuarkusTest
class ChangeFeedApiTest {
    @Inject
    TestProducts products;

    /** The feed's head for {@code user}: the cursor after everything committed so far. */
    static String head(String user) {
        String cursor = "0";
        while (true) {
            JsonPath page = as(user).queryParam("after", cursor).queryParam("limit", 1000).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    /** Every event {@code user} sees after {@code cursor}, paging {@code limit} at a time. */
    static List<Map<String, Object>> since(String user, String cursor, int limit) {
        return since(() -> as(user), cursor, limit);
    }

    /** As above, for the caller {@code caller} makes requests as. */
    static List<Map<String, Object>> since(Supplier<RequestSpecification> caller, String cursor, int limit) {
        List<Map<String, Object>> events = new ArrayList<>();
        while (true) {
            JsonPath page = caller.get().queryParam("after", cursor).queryParam("limit", limit).get("/api/v1/changes")
                    .then().statusCode(200).extract().jsonPath();
            events.addAll(page.getList("items"));
            cursor = page.getString("next");
            if (!page.getBoolean("hasMore")) {
                return events;
            }
        }
    }

    static long create(String user, String district, String name) {
        return as(user).body(TestData.producer(district, name)).post("/api/v1/producers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void createUpdateDeleteOfAProducerAreThreeEventsWithATombstone() {
        String from = head(OFFICE);
        long id = create(DO_CAUKE, CAUKE, "Cơ sở feed " + TestData.marker());
        Map<String, Object> body = TestData.producer(CAUKE, "Cơ sở feed đổi tên " + TestData.marker());
        as(DO_CAUKE).header("If-Match", "\"0\"").body(body).put("/api/v1/producers/" + id).then().statusCode(200);
        as(OFFICE).header("If-Match", "\"1\"").delete("/api/v1/producers/" + id).then().statusCode(204);

        List<Map<String, Object>> events = since(OFFICE, from, 2).stream()
                .filter(e -> ((Number) e.get("resourceId")).longValue() == id && "PRODUCER".equals(e.get("resourceType")))
                .toList();
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), events.stream().map(e -> e.get("action")).toList());
        assertEquals(List.of(0, 1, 2), events.stream().map(e -> ((Number) e.get("version")).intValue()).toList());
        assertEquals(List.of("do-cauke", "do-cauke", "office"), events.stream().map(e -> e.get("actor")).toList());
        assertEquals("/api/v1/producers/" + id, events.get(0).get("href"));

        List<Map<String, Object>> seenByIntegrator = since(INTEGRATOR, from, 100).stream()
                .filter(e -> ((Number) e.get("resourceId")).longValue() == id && "PRODUCER".equals(e.get("resourceType")))
                .toList();
        assertEquals(List.of("district-officer", "district-officer", "ocop-admin"),
                seenByIntegrator.stream().map(e -> e.get("actor")).toList(), "integrators see roles, not names");

        assertTrue(since(DO_CAUKE, from, 100).stream().anyMatch(e -> ((Number) e.get("resourceId")).longValue() == id));
        assertFalse(since(DO_TRAVINH, from, 100).stream().anyMatch(e -> ((Number) e.get("resourceId")).longValue() == id
                && "PRODUCER".equals(e.get("resourceType"))), "another district sees nothing of it");
    }

    /** Issuance and revocation change certificates in RecognitionService: both are in the feed. */
    @Test
    void issuingAndRevokingACertificateAreInTheFeed() {
        String from = head(OFFICE);
        String marker = TestData.marker();
        long producer = as(OFFICE).body(TestUnits.producerInCommune(TRAVINH, "Cơ sở " + marker))
                .post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id");
        long product = products.create(producer, "Mắm " + marker, "DECISION_1048_2019", 7, 2019);
        long decision = as(OFFICE).body(Map.of("number", marker + "/QĐ-UBND", "decidedOn", "2019-12-20", "signer",
                "Phó Chủ tịch UBND tỉnh", "level", "PROVINCIAL", "adminUnitCode", "84", "legalBasisCode",
                "DECISION_1048_2019", "recognitions", List.of(Map.of("productId", product, "stars", 3))))
                .post("/api/v1/recognition-decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        long certificate = as(OFFICE).queryParam("decisionId", decision).get("/api/v1/ocop-certificates").then()
                .statusCode(200).extract().jsonPath().getLong("items[0].id");
        as(OFFICE).body(Map.of("reason", "NO_LONGER_MEETS_CRITERIA", "note", "Kiểm tra sau công nhận không đạt"))
                .post("/api/v1/ocop-certificates/" + certificate + "/revoke").then().statusCode(200);

        List<Map<String, Object>> events = since(OFFICE, from, 100);
        assertEquals(List.of("CREATED", "UPDATED"), actions(events, "OCOP_CERTIFICATE", certificate));
        assertEquals("CREATED", actions(events, "RECOGNITION_DECISION", decision).get(0));
        List<Map<String, Object>> elsewhere = since(DO_CAUKE, from, 100);
        assertEquals(List.of(), actions(elsewhere, "OCOP_CERTIFICATE", certificate), "another district's certificate");
        assertEquals("CREATED", actions(elsewhere, "RECOGNITION_DECISION", decision).get(0), "decisions are province-wide");
    }

    private static List<Object> actions(List<Map<String, Object>> events, String type, long id) {
        return events.stream().filter(e -> type.equals(e.get("resourceType"))
                && ((Number) e.get("resourceId")).longValue() == id).map(e -> e.get("action")).toList();
    }

    @Test
    void badCursorAndLimitAre400sNamingThem() {
        as(OFFICE).queryParam("after", "abc").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        as(OFFICE).queryParam("limit", "0").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void districtsSeeOnlyTheirOwn() {
        String from = head(DO_TRAVINH);
        create(OFFICE, CAUKE, "Cơ sở Cầu Kè " + TestData.marker());
        long own = create(OFFICE, TRAVINH, "Cơ sở Trà Vinh " + TestData.marker());
        List<Map<String, Object>> events = since(DO_TRAVINH, from, 100);
        assertEquals(List.of(own), events.stream().map(e -> ((Number) e.get("resourceId")).longValue()).toList());
    }
}
