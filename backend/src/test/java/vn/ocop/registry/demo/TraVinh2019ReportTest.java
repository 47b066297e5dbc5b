package vn.ocop.registry.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The annual report of 2019, computed from the demo dataset alone, equals Trà Vinh's 2019 report
 * (shared/seed) figure by figure, in JSON and in its XLSX and CSV exports.
 */
@QuarkusTest
@TestProfile(SeedDatabase.class)
class TraVinh2019ReportTest {
    private static final Map<String, Long> SEED_BY_DISTRICT = Map.of("842", 12L, "846", 2L, "844", 2L, "845", 3L,
            "849", 3L, "848", 3L, "851", 2L, "850", 1L, "847", 2L);

    @TestHTTPResource("/")
    URL api;

    @BeforeEach
    void dataset() throws Exception {
        DemoDataScript.run(api);
    }

    private static JsonPath report() {
        return as(OFFICE).queryParam("year", 2019).get("/api/v1/reports/annual").then().statusCode(200).extract()
                .jsonPath();
    }

    private static Map<Object, Long> counts(JsonPath r, String list, String key, String value) {
        Map<Object, Long> out = new HashMap<>();
        for (Map<String, Object> row : r.<Map<String, Object>>getList(list)) {
            out.put(row.get(key), ((Number) row.get(value)).longValue());
        }
        return out;
    }

    @Test
    void theReportOf2019EqualsTheSeed() {
        JsonPath r = report();
        assertEquals(9, r.getLong("summary.units"), "units taking part");
        assertEquals(32, r.getLong("summary.producers"), "producers");
        assertEquals(39, r.getLong("summary.products"), "products");
        assertEquals(30, r.getLong("summary.ratedProducts"), "products at 3–4 stars");
        assertEquals(Map.of(2, 9L, 3, 27L, 4, 3L, 5, 0L), counts(r, "byStars", "stars", "products"), "products by star");
        assertEquals(SEED_BY_DISTRICT, counts(r, "byDistrict", "districtCode", "products"), "3–4 stars by district");
        assertEquals(Map.of("FOOD", 27L, "HANDICRAFT", 3L), counts(r, "byGroup", "groupCode", "products"), "by group");
        assertEquals(15, r.getLong("certifications.productsWithIp"), "products with IP certificates");
        assertEquals(3, r.getLong("certifications.productsWithBarcodeAndQuality"), "barcode + quality standard");
        assertEquals(4, r.getLong("tradeEvents.count"), "fairs");
        assertEquals(Set.of("Bạc Liêu", "Nam Định", "Đắk Lắk", "Vĩnh Long"),
                Set.copyOf(r.getList("tradeEvents.items.hostProvince")), "fair provinces");
        assertEquals(24, r.getLong("support.producers"), "producers asking for support");
        assertEquals(Set.of("INFRASTRUCTURE", "PACKAGING_DESIGN", "IP_REGISTRATION", "TRAINING"),
                Set.copyOf(r.getList("support.byTypeAndStatus.type")), "kinds of support");
        assertEquals(9, r.getList("upgradable").size(), "2-star products that may be upgraded in 2020");
        assertTrue(r.getLong("contracts.count") > 0);

        List<String> fourStars = as(OFFICE).queryParam("year", 2019).queryParam("stars", 4)
                .get("/api/v1/ocop-certificates").then().statusCode(200).extract().jsonPath().getList("items.productName");
        assertEquals(Set.of("Chả Hoa", "Gạo Long Hiệp (Hạt Ngọc Rồng)", "Bộ Salon tre"), Set.copyOf(fourStars));
        List<String> sold = as(OFFICE).queryParam("size", 200).get("/api/v1/sales-contracts").then().statusCode(200)
                .extract().jsonPath().getList("items.lines.flatten().productName");
        assertTrue(sold.containsAll(List.of("Trà Sâm Đinh Lăng", "Trà Thảo mộc Nhãn Lồng", "Trà Hoa Đậu Biếc",
                "Trà Măng Tây", "Trà Dứa Thơm", "Trà Tía Tô", "Trà Sả", "Gạo Long Hiệp (Hạt Ngọc Rồng)", "Tôm Khô")),
                sold.toString());
    }

    @Test
    void cauKeOf2019AndTheFormerProvince() {
        JsonPath r = as(OFFICE).queryParam("year", 2019).queryParam("unit", "845").get("/api/v1/reports/annual").then()
                .statusCode(200).extract().jsonPath();
        assertEquals("Huyện Cầu Kè", r.getString("unitName"));
        // communes are today's (the 2026 demo recorded the producers' communes): Thị trấn Cầu Kè and Xã Hòa Ân both lie
        // in Xã Cầu Kè today, Phong Thạnh and Hòa Tân count once each
        assertEquals(Map.of("units", 1, "communes", 3, "producers", 4, "products", 4, "ratedProducts", 3),
                r.getMap("summary"), "Cầu Kè's 2019 figures");
        assertEquals(Map.of("845", 3L), counts(r, "byDistrict", "districtCode", "products"));
        assertEquals(Map.of(2, 1L, 3, 3L, 4, 0L, 5, 0L), counts(r, "byStars", "stars", "products"));
        assertEquals(Map.of("84", 4L), counts(r, "byFormerProvince", "provinceCode", "products"));
        // The whole 2019 report is one former province, Trà Vinh: the seed's 39 products, 30 of them at 3–4 stars.
        JsonPath all = report();
        assertEquals(List.of(Map.of("provinceCode", "84", "provinceName", "Tỉnh Trà Vinh", "validFrom", "1992-05-01",
                "validTo", "2025-06-30", "products", 39, "ratedProducts", 30)), all.getList("byFormerProvince"));
        // The same report asked of Trà Vinh (84) and, since 2025-07-01, of its successor Vĩnh Long (86): the seed again.
        for (Map<String, String> unit : List.of(Map.of("unit", "84"), Map.of("unit", "86", "unitAsOf", "2025-07-01"))) {
            JsonPath p = as(OFFICE).queryParam("year", 2019).queryParams(unit).get("/api/v1/reports/annual").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(all.getMap("summary"), p.getMap("summary"), unit.toString());
            assertEquals(SEED_BY_DISTRICT, counts(p, "byDistrict", "districtCode", "products"), unit.toString());
        }
    }

    @Test
    void theExportsCarryTheSameFigures() throws Exception {
        byte[] xlsx = as(OFFICE).queryParam("year", 2019).queryParam("format", "XLSX")
                .get("/api/v1/reports/annual/export").then().statusCode(200).extract().asByteArray();
        Map<String, Double> summary = new HashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("Tổng hợp");
            for (Row row : sheet) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    summary.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
        }
        assertEquals(9.0, summary.get("Số đơn vị cấp huyện tham gia"));
        assertEquals(32.0, summary.get("Số chủ thể tham gia"));
        assertEquals(39.0, summary.get("Số sản phẩm tham gia"));
        assertEquals(30.0, summary.get("Số sản phẩm đạt 3 sao trở lên"));
        assertEquals(15.0, summary.get("Số sản phẩm có chứng nhận sở hữu trí tuệ"));
        assertEquals(3.0, summary.get("Số sản phẩm có mã vạch và tiêu chuẩn chất lượng"));
        assertEquals(4.0, summary.get("Số hội chợ, triển lãm, hội nghị"));

        String csv = new String(as(OFFICE).queryParam("year", 2019).queryParam("format", "CSV")
                .get("/api/v1/reports/annual/export").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        Set<String> lines = csv.lines().collect(Collectors.toSet());
        assertTrue(lines.contains("Tổng hợp,Số sản phẩm tham gia,39"), csv);
        assertTrue(lines.contains("Tổng hợp,Số chủ thể tham gia,32"), csv);
    }
}
