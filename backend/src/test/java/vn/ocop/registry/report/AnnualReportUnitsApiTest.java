package vn.ocop.registry.report;

import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.product.ProductFixtures;

/**
 * The 2026 report on today's map, through the API: a 2019 producer of Thị trấn Cầu Kè (district 845 of Trà Vinh) and
 * producers registered since the reform in Xã Cầu Kè and Phường Trà Vinh, each with a product entered in 2026. Other
 * tests may have 2026 products too, so each figure is read before and after the fixture and the difference checked.
 */
@QuarkusTest
class AnnualReportUnitsApiTest {
    private static final String REPORT = "/api/v1/reports/annual";
    private static final String COMMUNE_OFFICER_CAU_KE = "co-cauke";
    private static final String TRA_VINH = "84|1992-05-01";
    private static final String VINH_LONG_TODAY = "86|2025-07-01";

    @Inject
    NewMapProducts newMap;

    private static JsonPath report(String user, Map<String, String> params) {
        return as(user).queryParam("year", 2026).queryParams(params).get(REPORT).then().statusCode(200).extract()
                .jsonPath();
    }

    private static JsonPath office(String unit) {
        return report(OFFICE, Map.of("unit", unit));
    }

    /** Products by former province, keyed by code and first day (86 is two provinces). */
    private static Map<String, Long> byFormerProvince(JsonPath r) {
        Map<String, Long> out = new HashMap<>();
        for (Map<String, Object> line : r.<Map<String, Object>>getList("byFormerProvince")) {
            out.put(line.get("provinceCode") + "|" + line.get("validFrom"), ((Number) line.get("products")).longValue());
        }
        return out;
    }

    private static Map<String, Long> byCommune(JsonPath r) {
        Map<String, Long> out = new HashMap<>();
        for (Map<String, Object> line : r.<Map<String, Object>>getList("byCommuneToday")) {
            out.put(String.valueOf(line.get("communeCode")), ((Number) line.get("products")).longValue());
        }
        return out;
    }

    private static long products(JsonPath r) {
        return r.getLong("summary.products");
    }

    private static long product(long producer, String name) {
        Map<String, Object> body = ProductFixtures.body(producer, name);
        body.put("yearEntered", 2026);
        return ProductFixtures.create(OFFICE, body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long producer(Map<String, Object> body) {
        return as(OFFICE).body(body).post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theNewProvinceTheCommunesOfTodayAndTheUnitsOfThePast() {
        JsonPath province0 = report(OFFICE, Map.of());
        JsonPath vinhLong0 = office("86");
        JsonPath cauKe0 = office("29308");
        JsonPath township0 = report(OFFICE, Map.of("unit", "29308", "unitAsOf", "2019-12-31"));
        JsonPath district0 = office("845");
        JsonPath traVinh0 = office("84");
        JsonPath ward0 = office("29242");

        Map<String, Object> old = new HashMap<>(TestData.producer("845", "HTX Dừa sáp Thị trấn Cầu Kè " + UUID.randomUUID()));
        old.put("communeCode", "29308");
        product(producer(old), "Dừa sáp Cầu Kè 2026");
        newMap.insert(producer(TestData.producerToday("29308", "HTX Xã Cầu Kè " + UUID.randomUUID())),
                "Bánh tét Cầu Kè 2026", ProductFixtures.meatSet(), 2026);
        newMap.insert(producer(TestData.producerToday("29242", "Cơ sở Phường Trà Vinh " + UUID.randomUUID())),
                "Chả hoa 2026", ProductFixtures.meatSet(), 2026);

        // The new province: the 2019 producer under the former Trà Vinh, one line; the new ones under 86 of today.
        JsonPath vinhLong = office("86");
        assertEquals("Tỉnh Vĩnh Long", vinhLong.getString("unitName"));
        assertEquals("PROVINCE", vinhLong.getString("unitType"));
        assertEquals("2025-07-01", vinhLong.getString("unitValidFrom"));
        assertEquals(null, vinhLong.getString("unitValidTo"));
        assertEquals(3, products(vinhLong) - products(vinhLong0));
        Map<String, Long> before = byFormerProvince(vinhLong0);
        Map<String, Long> after = byFormerProvince(vinhLong);
        assertEquals(1, after.get(TRA_VINH) - before.getOrDefault(TRA_VINH, 0L), after.toString());
        assertEquals(2, after.get(VINH_LONG_TODAY) - before.getOrDefault(VINH_LONG_TODAY, 0L), after.toString());
        assertEquals(1, vinhLong.getList("byFormerProvince.provinceCode").stream().filter("84"::equals).count(),
                "the former Trà Vinh is one line");
        assertEquals(List.of(), vinhLong.getList("byDistrict"), "no districts in 2026");
        assertEquals(0, vinhLong.getInt("summary.units"));
        assertEquals(2, byCommune(vinhLong).get("29308") - byCommune(vinhLong0).getOrDefault("29308", 0L));
        assertEquals(1, byCommune(vinhLong).get("29242") - byCommune(vinhLong0).getOrDefault("29242", 0L));
        assertTrue(vinhLong.getInt("summary.communes") >= 2);
        assertEquals(3, products(report(OFFICE, Map.of())) - products(province0));

        // Xã Cầu Kè of today: its own producer and the 2019 producer of Thị trấn Cầu Kè, which went into it.
        JsonPath cauKe = office("29308");
        assertEquals("Xã Cầu Kè", cauKe.getString("unitName"));
        assertEquals("COMMUNE", cauKe.getString("unitType"));
        assertEquals(2, products(cauKe) - products(cauKe0));
        assertEquals(List.of("29308"), cauKe.getList("byCommuneToday.communeCode"));
        // The township of 2019 (the code's earlier version) covers only what was recorded in it.
        JsonPath township = report(OFFICE, Map.of("unit", "29308", "unitAsOf", "2019-12-31"));
        assertEquals("Thị trấn Cầu Kè", township.getString("unitName"));
        assertEquals(1, products(township) - products(township0));
        // The district and the province of the past: the 2019 producer only.
        JsonPath district = office("845");
        assertEquals("2025-06-30", district.getString("unitValidTo"));
        assertEquals(1, products(district) - products(district0));
        assertEquals(1, products(office("84")) - products(traVinh0));
        assertEquals(1, products(office("29242")) - products(ward0));

        // The export carries the former-province lines.
        String csv = new String(as(OFFICE).queryParam("year", 2026).queryParam("unit", "86").queryParam("format", "CSV")
                .get(REPORT + "/export").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\nTheo tỉnh trước sắp xếp,84 | Tỉnh Trà Vinh | 1992-05-01 – 2025-06-30 | Số sản phẩm,"
                + after.get(TRA_VINH) + "\r\n"), csv);
        assertTrue(csv.contains("\r\nTheo tỉnh trước sắp xếp,86 | Tỉnh Vĩnh Long | từ 2025-07-01 | Số sản phẩm,"
                + after.get(VINH_LONG_TODAY) + "\r\n"), csv);
    }

    @Test
    void aCommuneOfficerGetsTheirCommuneOfToday() {
        for (int year : List.of(2019, 2026)) {
            JsonPath own = as(COMMUNE_OFFICER_CAU_KE).queryParam("year", year).get(REPORT).then().statusCode(200)
                    .extract().jsonPath();
            assertEquals("29308", own.getString("unitCode"));
            assertEquals("Xã Cầu Kè", own.getString("unitName"));
            assertEquals("2025-07-01", own.getString("unitValidFrom"));
            JsonPath asked = as(OFFICE).queryParam("year", year).queryParam("unit", "29308")
                    .queryParam("unitAsOf", "2026-01-01").get(REPORT).then().statusCode(200).extract().jsonPath();
            assertEquals(asked.getMap("summary"), own.getMap("summary"));
            assertEquals("29308", as(COMMUNE_OFFICER_CAU_KE).queryParam("year", year).queryParam("unit", "29308")
                    .get(REPORT).then().statusCode(200).extract().jsonPath().getString("unitCode"));
        }
        for (String other : List.of("86", "845", "29242")) {
            as(COMMUNE_OFFICER_CAU_KE).queryParam("year", 2026).queryParam("unit", other).get(REPORT).then()
                    .statusCode(403).contentType(startsWith("application/problem+json"));
            as(COMMUNE_OFFICER_CAU_KE).queryParam("year", 2026).queryParam("unit", other).queryParam("format", "CSV")
                    .get(REPORT + "/export").then().statusCode(403);
        }
        as(COMMUNE_OFFICER_CAU_KE).queryParam("year", 2026).queryParam("unit", "29308").queryParam("unitAsOf",
                "2019-12-31").get(REPORT).then().statusCode(403);
        // A district officer keeps their district of the past, in any year; the new province is not theirs.
        assertEquals("845", report(DO_CAUKE, Map.of()).getString("unitCode"));
        as(DO_CAUKE).queryParam("year", 2026).queryParam("unit", "86").get(REPORT).then().statusCode(403);
    }
}
