package vn.ocop.registry.changefeed;

import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.changefeed.ChangeFeedApiTest.head;
import static vn.ocop.registry.changefeed.ChangeFeedApiTest.since;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR_PARTNER;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.ocop.registry.commerce.CommerceFixtures;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.common.TestData;

/** Who reads which events, conditional reads (304) and updatedSince on the seven lists. */
@QuarkusTest
class ChangeFeedAccessTest {
    @Inject
    CommerceFixtures fixtures;
    private static final String CO_CAUKE = "co-cauke";
    private static final String XA_CAU_KE = "29308";
    private static final String PHUONG_TRA_VINH = "29242";

    private static long producerToday(String commune) {
        return as(OFFICE).body(TestData.producerToday(commune, "HTX hôm nay " + TestData.marker()))
                .post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static List<Long> ids(List<Map<String, Object>> events, String type) {
        return events.stream().filter(e -> type.equals(e.get("resourceType")))
                .map(e -> ((Number) e.get("resourceId")).longValue()).toList();
    }

    @Test
    void anonymousCallersAreRefused() {
        as(ANONYMOUS).get("/api/v1/changes").then().statusCode(401);
    }

    @Test
    void integratorsSeeRolesAndClientsNeverNames() {
        String from = head(INTEGRATOR);
        producerToday(XA_CAU_KE);
        as(OFFICE).body(Map.of("name", "Hội chợ " + TestData.marker(), "kind", "FAIR", "hostProvince", "Trà Vinh",
                "startsOn", "2026-12-01", "endsOn", "2026-12-03")).post("/api/v1/trade-events").then().statusCode(201);
        List<Map<String, Object>> events = since(INTEGRATOR, from, 50);
        assertEquals(2, events.size());
        Set<String> allowed = new java.util.HashSet<>(Roles.ALL);
        allowed.add("system");
        for (Map<String, Object> e : since(INTEGRATOR, "0", 1000)) {
            assertTrue(allowed.contains(e.get("actor")), "no person's name for integrators: " + e);
        }
        assertEquals("office", since(OFFICE, from, 50).get(0).get("actor"), "staff see who it was");
    }

    @Test
    void communeOfficersSeeTheirCommunesRecordsAndTheProvinceWideOnes() {
        String from = head(CO_CAUKE);
        long own = producerToday(XA_CAU_KE);
        long other = producerToday(PHUONG_TRA_VINH);
        long event = as(OFFICE).body(Map.of("name", "Hội chợ " + TestData.marker(), "kind", "FAIR", "hostProvince",
                "Trà Vinh", "startsOn", "2026-12-01", "endsOn", "2026-12-03")).post("/api/v1/trade-events").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        List<Map<String, Object>> events = since(CO_CAUKE, from, 1);
        assertEquals(List.of(own), ids(events, "PRODUCER"));
        assertEquals(List.of(event), ids(events, "TRADE_EVENT"), "trade events are province-wide");
        assertFalse(ids(since(DO_TRAVINH, from, 100), "PRODUCER").contains(other),
                "a district officer sees no producer of today's map (no district)");
        assertTrue(ids(since(DO_TRAVINH, from, 100), "TRADE_EVENT").contains(event));
    }

    @Test
    void aPartnerBoundClientSeesOnlyItsPartnersContracts() {
        String from = head(INTEGRATOR);
        long ours = contract(fixtures.boundPartner());
        long theirs = contract(partner(TestData.taxCode()));
        assertEquals(List.of(ours), ids(since(INTEGRATOR_PARTNER, from, 100), "SALES_CONTRACT"));
        assertEquals(List.of(ours, theirs), ids(since(INTEGRATOR, from, 100), "SALES_CONTRACT"),
                "a client bound to no partner reads all");
    }

    private static long partner(String taxCode) {
        return as(OFFICE).body(Map.of("type", "SUPERMARKET_CHAIN", "name", "Siêu thị " + TestData.marker(), "taxCode",
                taxCode)).post("/api/v1/partners").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long contract(long partnerId) {
        long producer = as(OFFICE).body(TestData.producer("842", "HTX " + TestData.marker())).post("/api/v1/producers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long product = fixtures.product(producer, "Trà " + TestData.marker());
        return as(OFFICE).body(Map.of("number", "HĐ-" + TestData.marker(), "partnerId", partnerId, "producerId",
                producer, "lines", List.of(Map.of("productId", product, "quantity", 500, "unit", "hộp", "unitPriceVnd",
                        45000)),
                "signedOn", "2019-10-15", "startsOn", "2019-11-01", "endsOn", "2020-10-31"))
                .post("/api/v1/sales-contracts").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void anUnchangedResourceIsA304WithoutBody() {
        long id = producerToday(XA_CAU_KE);
        String path = "/api/v1/producers/" + id;
        as(OFFICE).header("If-None-Match", "\"0\"").get(path).then().statusCode(304).header("ETag", "\"0\"")
                .body(emptyString());
        as(OFFICE).header("If-None-Match", "W/\"0\"").get(path).then().statusCode(304);
        as(OFFICE).header("If-None-Match", "\"7\", *").get(path).then().statusCode(304);
        as(OFFICE).header("If-None-Match", "\"7\"").get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", equalTo((int) id));
        as(INTEGRATOR).header("If-None-Match", "\"0\"").get(path).then().statusCode(304);
        as(DO_TRAVINH).header("If-None-Match", "\"0\"").get(path).then().statusCode(403);
    }

    @Test
    void listsTakeUpdatedSince() {
        long id = producerToday(XA_CAU_KE);
        Response read = as(OFFICE).get("/api/v1/producers/" + id);
        Instant updatedAt = Instant.parse(read.jsonPath().getString("updatedAt"));
        as(OFFICE).queryParam("updatedSince", updatedAt.toString()).queryParam("size", 200).get("/api/v1/producers")
                .then().statusCode(200).body("items.id", hasItem((int) id));
        as(OFFICE).queryParam("updatedSince", updatedAt.plusMillis(1).toString()).queryParam("size", 200)
                .get("/api/v1/producers").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        for (String list : List.of("producers", "products", "certifications", "ocop-certificates",
                "recognition-decisions", "sales-contracts", "trade-events")) {
            as(OFFICE).queryParam("updatedSince", "yesterday").get("/api/v1/" + list).then().statusCode(400)
                    .body("errors[0].field", equalTo("updatedSince"));
            as(OFFICE).queryParam("updatedSince", "2999-01-01T00:00:00+07:00").get("/api/v1/" + list).then()
                    .statusCode(200).body("total", equalTo(0));
        }
        as(DO_TRAVINH).queryParam("updatedSince", "2000-01-01T00:00:00Z").get("/api/v1/producers").then()
                .statusCode(200).body("items.districtCode", not(hasItem("845")));
    }
}
