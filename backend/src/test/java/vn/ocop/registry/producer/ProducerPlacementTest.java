package vn.ocop.registry.producer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.TestData;

/** Producers located where they are: registered on the map of their day, placed today through the successions. */
@QuarkusTest
class ProducerPlacementTest {
    private static JsonPath create(Map<String, Object> body) {
        return as(OFFICE).body(body).post("/api/v1/producers").then().statusCode(201).extract().jsonPath();
    }

    private static Map<String, Object> of2019(String district, String commune, String name) {
        Map<String, Object> body = new HashMap<>(TestData.producer(district, name));
        if (commune != null) {
            body.put("communeCode", commune);
        }
        return body;
    }

    @Test
    void aProducerOf2019IsTodayInTheCommuneItsCommuneBecame() {
        String name = "HTX Cầu Kè xưa " + TestData.marker();
        JsonPath p = create(of2019("845", "29308", name));
        org.junit.jupiter.api.Assertions.assertEquals("Thị trấn Cầu Kè", p.getString("commune.name"));
        org.junit.jupiter.api.Assertions.assertEquals("Xã Cầu Kè", p.getString("communeToday.name"));
        org.junit.jupiter.api.Assertions.assertEquals("845", p.getString("districtCode"));
        // Filtered by today's commune, it is there; by another commune it is not; the past district still finds it.
        as(OFFICE).queryParam("q", name).queryParam("communeCode", "29308").get("/api/v1/producers").then()
                .body("total", equalTo(1)).body("items[0].communeToday.code", equalTo("29308"));
        as(OFFICE).queryParam("q", name).queryParam("communeCode", "29242").get("/api/v1/producers").then()
                .body("total", equalTo(0));
        as(OFFICE).queryParam("q", name).queryParam("districtCode", "845").get("/api/v1/producers").then()
                .body("total", equalTo(1));
        // Phường 1 of 2019 (29239) is today in Phường Trà Vinh (29242): codes are not names.
        String ward = "HTX Phường 1 " + TestData.marker();
        create(of2019("842", "29239", ward));
        as(OFFICE).queryParam("q", ward).queryParam("communeCode", "29242").get("/api/v1/producers").then()
                .body("total", equalTo(1)).body("items[0].commune.name", equalTo("Phường 1"))
                .body("items[0].communeToday.name", equalTo("Phường Trà Vinh"));
    }

    @Test
    void registeringTodayPlacesAProducerInACommuneOfTheNewMapWithoutDistrict() {
        JsonPath p = create(TestData.producerToday("29308", "HTX Cầu Kè mới " + TestData.marker()));
        org.junit.jupiter.api.Assertions.assertNull(p.get("districtCode"));
        org.junit.jupiter.api.Assertions.assertEquals("COMMUNE", p.getString("commune.type"));
        org.junit.jupiter.api.Assertions.assertEquals("29308", p.getString("communeToday.code"));
        // No district on today's map; no commune at all is refused, naming what is needed.
        Map<String, Object> withDistrict = new HashMap<>(TestData.producerToday("29308", "HTX sai " + TestData.marker()));
        withDistrict.put("districtCode", "845");
        as(OFFICE).body(withDistrict).post("/api/v1/producers").then().statusCode(400)
                .body("errors.field", hasItem("districtCode"));
        Map<String, Object> nowhere = new HashMap<>(TestData.producerToday("29308", "HTX không xã " + TestData.marker()));
        nowhere.remove("communeCode");
        as(OFFICE).body(nowhere).post("/api/v1/producers").then().statusCode(400)
                .body("errors.field", contains("communeCode"));
        // A commune of the old map is not one of today's (29311 Xã Hòa Ân ended on 2025-06-30).
        as(OFFICE).body(TestData.producerToday("29311", "HTX Hòa Ân " + TestData.marker())).post("/api/v1/producers")
                .then().statusCode(400).body("errors.field", contains("communeCode"));
        // District officers of the old map never register producers of the new one.
        as(DO_CAUKE).body(TestData.producerToday("29308", "HTX huyện " + TestData.marker())).post("/api/v1/producers")
                .then().statusCode(403);
    }

    @Test
    void theOfficeCompletesMissingCommunesAllOrNothing() {
        String marker = TestData.marker();
        JsonPath a = create(of2019("845", null, "HTX thiếu xã A " + marker));
        JsonPath b = create(of2019("845", null, "HTX thiếu xã B " + marker));
        as(OFFICE).queryParam("q", marker).queryParam("missingCommune", "true").get("/api/v1/producers").then()
                .body("total", equalTo(2)).body("items.communeToday", contains(nullValue(), nullValue()));
        long ia = a.getLong("id");
        long ib = b.getLong("id");
        // One bad row (a commune of another district) refuses the whole request and names the row.
        as(OFFICE).body(Map.of("items", List.of(Map.of("producerId", ia, "version", 0, "communeCode", "29308"),
                Map.of("producerId", ib, "version", 0, "communeCode", "29239")))).post("/api/v1/producers/communes")
                .then().statusCode(400).body("errors.field", contains("items[1].communeCode"));
        // A stale version is a 409 naming the row.
        as(OFFICE).body(Map.of("items", List.of(Map.of("producerId", ia, "version", 7, "communeCode", "29308"))))
                .post("/api/v1/producers/communes").then().statusCode(409).body("errors.field", contains("items[0].version"));
        as(OFFICE).queryParam("q", marker).queryParam("missingCommune", "true").get("/api/v1/producers").then()
                .body("total", equalTo(2));
        as(DO_CAUKE).body(Map.of("items", List.of(Map.of("producerId", ia, "version", 0, "communeCode", "29308"))))
                .post("/api/v1/producers/communes").then().statusCode(403);
        as(OFFICE).body(Map.of("items", List.of(Map.of("producerId", ia, "version", 0, "communeCode", "29308"),
                Map.of("producerId", ib, "version", 0, "communeCode", "29311")))).post("/api/v1/producers/communes")
                .then().statusCode(200).body("communeToday.code", contains("29308", "29308"))
                .body("commune.name", contains("Thị trấn Cầu Kè", "Xã Hòa Ân"));
        as(OFFICE).queryParam("q", marker).queryParam("missingCommune", "true").get("/api/v1/producers").then()
                .body("total", equalTo(0));
        as(OFFICE).get("/api/v1/producers/" + ia + "/history").then().statusCode(200)
                .body("items.changes.communeCode.to", hasItem("29308"));
        as(OFFICE).body(Map.of("items", List.of(Map.of("producerId", ia, "version", 1, "communeCode", "29308"))))
                .post("/api/v1/producers/communes").then().statusCode(400).body("errors.message", not(contains("")));
    }
}
