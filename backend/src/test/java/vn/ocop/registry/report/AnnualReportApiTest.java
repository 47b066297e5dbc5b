package vn.ocop.registry.report;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.product.ProductFixtures;

/**
 * The annual report over a fixture built through the API in 2021, a year no other test uses, mostly in
 * Huyện Duyên Hải (850), which no other test uses either; one producer in Cầu Kè for the district scope.
 */
@QuarkusTest
class AnnualReportApiTest {
    private static final String REPORT = "/api/v1/reports/annual";
    private static final String DUYEN_HAI = "850";
    private static final List<String> COUNCIL = List.of("dc-cauke-1", "dc-cauke-2", "dc-cauke-3");
    private static final AtomicLong GTIN = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static Fixture fixture;

    record Fixture(long a1, long a2, long b1, long c1, long d1, long e1, long expiringCertificate, long twoStar) {
    }

    @BeforeEach
    void fixture() {
        synchronized (AnnualReportApiTest.class) {
            if (fixture == null) {
                fixture = build();
            }
        }
    }

    private static Fixture build() {
        long a = ProductFixtures.producer(DUYEN_HAI, "HTX Mắm Duyên Hải " + UUID.randomUUID());
        long b = ProductFixtures.producer(DUYEN_HAI, "Tổ hợp tác Ong mật Long Khánh " + UUID.randomUUID());
        long c = ProductFixtures.producer(CAUKE, "HTX Dừa sáp Cầu Kè " + UUID.randomUUID());
        long d = ProductFixtures.producer(DUYEN_HAI, "Cơ sở Đan lát Ngũ Lạc " + UUID.randomUUID());
        long food = ProductFixtures.meatSet();
        long craft = ProductFixtures.productSet("DECISION_1048_2019", 23);
        long a1 = product(a, "Mắm ba khía Duyên Hải", food, 2021);
        long a2 = product(a, "Khô cá đù một nắng", food, 2021);
        long b1 = product(b, "Mật ong rừng đước", food, 2021);
        long c1 = product(c, "Dừa sáp Cầu Kè sấy", food, 2021);
        long d1 = product(d, "Giỏ lục bình Ngũ Lạc", craft, 2019);
        long e1 = product(a, "Mắm tôm chà", food, 2019);

        // Stars: 2021 decisions of the province (4★, 3★, 3★) and the centre (5★); d1 takes part only through its
        // decision. e1's 2019 certificate ends in 2022.
        decide("2021-12-15", "PROVINCIAL", Map.of(a1, 4, b1, 3, c1, 3));
        decide("2021-12-15", "CENTRAL", Map.of(d1, 5));
        decide("2019-09-01", "PROVINCIAL", Map.of(e1, 3));
        long expiring = as(OFFICE).queryParam("productId", e1).get("/api/v1/ocop-certificates").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");

        // Certifications held in 2021: a1 barcode + self-declaration, b1 barcode and a standard that lapsed in 2020,
        // producer a's trademark (a1, a2), c1's geographical indication.
        certification(Map.of("productId", a1), "BARCODE", gtin(), "2021-03-01", null);
        certification(Map.of("productId", a1), "QUALITY_SELF_DECLARATION", "01/2020/TCB", "2020-05-01", null);
        certification(Map.of("productId", b1), "BARCODE", gtin(), "2019-06-01", null);
        certification(Map.of("productId", b1), "QUALITY_STANDARD", "TCCS 01:2019", "2019-06-01", "2020-12-31");
        certification(Map.of("producerId", a), "IP_TRADEMARK", "4-0301111-000", "2020-01-10", "2030-01-10");
        certification(Map.of("productId", c1), "IP_GEOGRAPHICAL_INDICATION", "00099", "2021-07-01", null);

        // Contracts signed in 2021: two active (7,000,000 đ and 2,000,000 đ), one draft that does not count.
        long partner = as(OFFICE).body(partner()).post("/api/v1/partners").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        activate(contract(partner, a, "2021-05-10", List.of(line(a1, 100, 50_000), line(a2, 10, 200_000))));
        activate(contract(partner, c, "2021-08-01", List.of(line(c1, 20, 100_000))));
        contract(partner, b, "2021-09-01", List.of(line(b1, 5, 300_000)));

        long fair = event("Hội chợ OCOP Duyên Hải 2021", "FAIR", "Cần Thơ", "2021-10-01", "2021-10-05");
        event("Triển lãm đặc sản vùng 2021", "EXHIBITION", "Bạc Liêu", "2021-12-10", "2021-12-12");
        participant(fair, a, a1);
        participant(fair, c, c1);

        long packaging = support(a, "PACKAGING_DESIGN", "2021-02-01");
        as(OFFICE).body(Map.of("note", "Đồng ý hỗ trợ")).post("/api/v1/support-requests/" + packaging + "/approve")
                .then().statusCode(200);
        support(a, "TRAINING", "2021-03-01");
        support(c, "IP_REGISTRATION", "2021-04-01");
        return new Fixture(a1, a2, b1, c1, d1, e1, expiring, twoStarInCauKe());
    }

    /** A 2021 district round of Cầu Kè (Decision 1048) whose council scores a product 40: 2★, not forwarded. */
    private static long twoStarInCauKe() {
        long producer = ProductFixtures.producer(CAUKE, "Hộ kinh doanh Bưởi Phong Phú " + UUID.randomUUID());
        // Set 1 (fresh produce): the seeded 1048 rubric has a sheet for it.
        long product = product(producer, "Bưởi năm roi Phong Phú", ProductFixtures.productSet("DECISION_1048_2019", 1), 2019);
        long version = as(OFFICE).queryParam("legalBasisCode", "DECISION_1048_2019").queryParam("status", "PUBLISHED")
                .queryParam("sort", "id").get("/api/v1/rubric-versions").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        long round = as(OFFICE).body(Map.of("year", 2021, "level", "DISTRICT", "adminUnitCode", CAUKE,
                "legalBasisCode", "DECISION_1048_2019", "rubricVersionId", version, "opensOn", "2021-03-01",
                "closesOn", "2021-06-30")).post("/api/v1/evaluation-rounds").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String path = "/api/v1/evaluation-rounds/" + round;
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < COUNCIL.size(); i++) {
            members.add(Map.of("username", COUNCIL.get(i), "fullName", "Thành viên " + (i + 1), "chair", i == 0));
        }
        as(OFFICE).header("If-Match", as(OFFICE).get(path).then().extract().header("ETag"))
                .body(Map.of("members", members)).put(path + "/council").then().statusCode(200);
        long entry = as(OFFICE).body(Map.of("productId", product)).post(path + "/entries").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(OFFICE).post(path + "/start-scoring").then().statusCode(200);
        long sheetId = as(OFFICE).get("/api/v1/evaluation-entries/" + entry).then().statusCode(200)
                .extract().jsonPath().getLong("rubricSheetId");
        List<Map<String, Object>> choices = choicesWorth(as(OFFICE).get("/api/v1/rubric-sheets/" + sheetId).then()
                .statusCode(200).extract().jsonPath(), 40);
        for (String member : COUNCIL) {
            long sheet = as(member).body(Map.of("entryId", entry)).post("/api/v1/score-sheets").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            String etag = as(member).get("/api/v1/score-sheets/" + sheet).then().statusCode(200).extract().header("ETag");
            as(member).header("If-Match", etag).body(Map.of("choices", choices)).put("/api/v1/score-sheets/" + sheet)
                    .then().statusCode(200);
            as(member).post("/api/v1/score-sheets/" + sheet + "/submit").then().statusCode(200);
        }
        as(OFFICE).post(path + "/close").then().statusCode(200);
        as(OFFICE).get("/api/v1/evaluation-entries/" + entry + "/result").then().statusCode(200)
                .body("outcome", equalTo("NOT_RECOGNISED")).body("stars", equalTo(2));
        return product;
    }

    /** Every criterion at its lowest option of its first case, then raised in order while the total stays within {@code target}. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> choicesWorth(JsonPath sheet, int target) {
        List<Map<String, Object>> criteria = new ArrayList<>();
        sheet.<Map<String, Object>>getList("parts")
                .forEach(p -> criteria.addAll((List<Map<String, Object>>) p.get("criteria")));
        int total = 0;
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> criterion : criteria) {
            List<Map<String, Object>> all = (List<Map<String, Object>>) criterion.get("options");
            Object firstCase = all.get(0).get("case");
            List<Map<String, Object>> options = all.stream().filter(o -> Objects.equals(o.get("case"), firstCase))
                    .sorted(Comparator.comparingInt(o -> ((Number) o.get("points")).intValue())).toList();
            out.add(new HashMap<>(Map.of("criterionId", criterion.get("id"), "option", options.get(0))));
            total += ((Number) options.get(0).get("points")).intValue();
        }
        for (int i = 0; i < criteria.size(); i++) {
            Map<String, Object> pick = out.get(i);
            for (Map<String, Object> option : (List<Map<String, Object>>) criteria.get(i).get("options")) {
                int step = ((Number) option.get("points")).intValue()
                        - ((Number) ((Map<String, Object>) pick.get("option")).get("points")).intValue();
                if (step > 0 && total + step <= target
                        && Objects.equals(option.get("case"), ((Map<String, Object>) pick.get("option")).get("case"))) {
                    total += step;
                    pick.put("option", option);
                }
            }
        }
        return out.stream().map(c -> Map.of("criterionId", c.get("criterionId"),
                "optionId", ((Map<String, Object>) c.get("option")).get("id"))).toList();
    }

    private static long product(long producer, String name, long set, int year) {
        Map<String, Object> body = ProductFixtures.body(producer, name);
        body.put("productSetId", set);
        body.put("yearEntered", year);
        return ProductFixtures.create(OFFICE, body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void decide(String on, String level, Map<Long, Integer> stars) {
        List<Map<String, Object>> recognitions = new ArrayList<>();
        stars.forEach((p, s) -> recognitions.add(Map.of("productId", p, "stars", s)));
        Map<String, Object> body = new HashMap<>();
        body.put("number", UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND");
        body.put("decidedOn", on);
        body.put("signer", "Phó Chủ tịch UBND tỉnh");
        body.put("level", level);
        body.put("adminUnitCode", "84");
        body.put("legalBasisCode", "DECISION_1048_2019");
        body.put("recognitions", recognitions);
        as(OFFICE).body(body).post("/api/v1/recognition-decisions").then().statusCode(201);
    }

    private static String gtin() {
        String data = "893" + String.format("%09d", GTIN.incrementAndGet() % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += (data.charAt(data.length() - 1 - i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return data + (10 - sum % 10) % 10;
    }

    private static void certification(Map<String, Object> owner, String type, String number, String issuedOn,
            String expiresOn) {
        Map<String, Object> body = new HashMap<>(owner);
        body.put("type", type);
        body.put("number", number);
        body.put("issuer", "Sở Khoa học và Công nghệ tỉnh Trà Vinh");
        body.put("issuedOn", issuedOn);
        body.put("expiresOn", expiresOn);
        as(OFFICE).body(body).post("/api/v1/certifications").then().statusCode(201);
    }

    private static Map<String, Object> partner() {
        return Map.of("type", "SUPERMARKET_CHAIN", "name", "Siêu thị Co.opmart " + UUID.randomUUID(),
                "taxCode", TestData.taxCode(), "address", "Quận 1, TP. Hồ Chí Minh");
    }

    private static Map<String, Object> line(long product, int quantity, long price) {
        return Map.of("productId", product, "quantity", quantity, "unit", "hộp", "unitPriceVnd", price);
    }

    private static long contract(long partner, long producer, String signedOn, List<Map<String, Object>> lines) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", "HĐ-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("partnerId", partner);
        body.put("producerId", producer);
        body.put("lines", lines);
        body.put("signedOn", signedOn);
        body.put("startsOn", signedOn);
        return as(OFFICE).body(body).post("/api/v1/sales-contracts").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void activate(long contract) {
        as(OFFICE).post("/api/v1/sales-contracts/" + contract + "/activate").then().statusCode(200);
    }

    private static long event(String name, String kind, String province, String from, String to) {
        return as(OFFICE).body(Map.of("name", name, "kind", kind, "hostProvince", province, "startsOn", from, "endsOn", to))
                .post("/api/v1/trade-events").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void participant(long event, long producer, long product) {
        as(OFFICE).body(Map.of("producerId", producer, "productIds", List.of(product)))
                .post("/api/v1/trade-events/" + event + "/participants").then().statusCode(201);
    }

    private static long support(long producer, String type, String on) {
        return as(OFFICE).body(Map.of("producerId", producer, "type", type, "requestedOn", on,
                "description", "Đề nghị hỗ trợ năm 2021")).post("/api/v1/support-requests").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static JsonPath report(String user, String unit) {
        var request = as(user).queryParam("year", 2021);
        if (unit != null) {
            request = request.queryParam("unit", unit);
        }
        return request.get(REPORT).then().statusCode(200).extract().jsonPath();
    }

    @Test
    @SuppressWarnings("unchecked")
    void provinceFiguresOfTheYear() {
        JsonPath r = report(OFFICE, null);
        assertEquals(2021, r.getInt("year"));
        assertEquals(null, r.getString("unitCode"));
        assertEquals(Map.of("units", 2, "communes", 0, "producers", 5, "products", 6, "ratedProducts", 4),
                r.getMap("summary"));
        assertEquals(List.of(Map.of("stars", 2, "products", 1), Map.of("stars", 3, "products", 2),
                Map.of("stars", 4, "products", 1), Map.of("stars", 5, "products", 1)), r.getList("byStars"));
        assertEquals(List.of(Map.of("districtCode", "845", "districtName", "Huyện Cầu Kè", "products", 1),
                Map.of("districtCode", "850", "districtName", "Huyện Duyên Hải", "products", 3)), r.getList("byDistrict"));
        assertEquals(List.of(Map.of("groupCode", "FOOD", "groupName", "Thực phẩm", "products", 3),
                Map.of("groupCode", "HANDICRAFT", "groupName", "Thủ công mỹ nghệ, trang trí", "products", 1)),
                r.getList("byGroup"));
        assertEquals(List.of(
                Map.of("type", "BARCODE", "held", 2, "issuedInYear", 1, "products", 2),
                Map.of("type", "IP_GEOGRAPHICAL_INDICATION", "held", 1, "issuedInYear", 1, "products", 1),
                Map.of("type", "IP_TRADEMARK", "held", 1, "issuedInYear", 0, "products", 2),
                Map.of("type", "QUALITY_SELF_DECLARATION", "held", 1, "issuedInYear", 0, "products", 1)),
                r.getList("certifications.byType"));
        assertEquals(3, r.getInt("certifications.productsWithIp"));
        assertEquals(1, r.getInt("certifications.productsWithBarcodeAndQuality"));
        assertEquals(Map.of("count", 2, "products", 3, "totalValueVnd", 9_000_000), r.getMap("contracts"));
        assertEquals(2, r.getInt("tradeEvents.count"));
        assertEquals(List.of("Hội chợ OCOP Duyên Hải 2021", "Triển lãm đặc sản vùng 2021"),
                r.getList("tradeEvents.items.name"));
        assertEquals(List.of("Cần Thơ", "Bạc Liêu"), r.getList("tradeEvents.items.hostProvince"));
        assertEquals(List.of("2021-10-01", "2021-12-10"), r.getList("tradeEvents.items.startsOn"));
        assertEquals(List.of("2021-10-05", "2021-12-12"), r.getList("tradeEvents.items.endsOn"));
        assertEquals(List.of(2, 0), r.getList("tradeEvents.items.participants"));
        assertEquals(3, r.getInt("support.requests"));
        assertEquals(2, r.getInt("support.producers"));
        assertEquals(List.of(Map.of("type", "IP_REGISTRATION", "status", "REQUESTED", "count", 1),
                Map.of("type", "PACKAGING_DESIGN", "status", "APPROVED", "count", 1),
                Map.of("type", "TRAINING", "status", "REQUESTED", "count", 1)), r.getList("support.byTypeAndStatus"));
        assertEquals(List.of(Map.of("productId", (int) fixture.twoStar(), "productName", "Bưởi năm roi Phong Phú",
                "districtCode", CAUKE, "groupCode", "FOOD", "stars", 2)), r.getList("upgradable").stream()
                        .map(l -> {
                            Map<String, Object> m = new HashMap<>((Map<String, Object>) l);
                            m.remove("producerName");
                            return m;
                        })
                        .toList());
        assertTrue(r.getList("expiringNextYear.certificateId").contains((int) fixture.expiringCertificate()));
    }

    @Test
    void theProvinceOfThePastOnRequest() {
        JsonPath r = report(OFFICE, "84");
        assertEquals("Tỉnh Trà Vinh", r.getString("unitName"));
        assertEquals("PROVINCE", r.getString("unitType"));
        assertEquals("2025-06-30", r.getString("unitValidTo"));
        assertEquals(Map.of("units", 2, "communes", 0, "producers", 5, "products", 6, "ratedProducts", 4),
                r.getMap("summary"));
        assertEquals(List.of(Map.of("provinceCode", "84", "provinceName", "Tỉnh Trà Vinh", "validFrom", "1992-05-01",
                "validTo", "2025-06-30", "products", 6, "ratedProducts", 4)), r.getList("byFormerProvince"));
        assertEquals(Collections.singletonList(null), r.getList("byCommuneToday.communeCode"), "no commune recorded");
        assertEquals(List.of(6), r.getList("byCommuneToday.products"));
    }

    @Test
    void oneDistrictOnRequest() {
        JsonPath r = report(OFFICE, DUYEN_HAI);
        assertEquals("Huyện Duyên Hải", r.getString("unitName"));
        assertEquals("DISTRICT", r.getString("unitType"));
        assertEquals(Map.of("units", 1, "communes", 0, "producers", 3, "products", 4, "ratedProducts", 3),
                r.getMap("summary"));
        assertEquals(List.of("850"), r.getList("byDistrict.districtCode"));
        assertEquals(Map.of("count", 1, "products", 2, "totalValueVnd", 7_000_000), r.getMap("contracts"));
        assertEquals(List.of(1), r.getList("tradeEvents.items.participants"));
        assertEquals(2, r.getInt("support.requests"));
        assertEquals(1, r.getInt("support.producers"));
        assertEquals(List.of((int) fixture.expiringCertificate()), r.getList("expiringNextYear.certificateId"));
        assertEquals(List.of("Mắm tôm chà"), r.getList("expiringNextYear.productName"));
        assertEquals(List.of("2022-08-31"), r.getList("expiringNextYear.validUntil"));
    }

    @Test
    void districtUsersSeeTheirOwnDistrictOnly() {
        for (String user : List.of(DC_CAUKE, DO_CAUKE)) {
            JsonPath r = report(user, null);
            assertEquals(CAUKE, r.getString("unitCode"));
            assertEquals(Map.of("units", 1, "communes", 0, "producers", 2, "products", 2, "ratedProducts", 1),
                    r.getMap("summary"));
            assertEquals(List.of((int) fixture.twoStar()), r.getList("upgradable.productId"));
            assertEquals(Map.of("count", 1, "products", 1, "totalValueVnd", 2_000_000), r.getMap("contracts"));
            assertEquals(List.of("Hội chợ OCOP Duyên Hải 2021"), r.getList("tradeEvents.items.name"));
            assertEquals(1, r.getInt("support.requests"));
            assertEquals(CAUKE, report(user, CAUKE).getString("unitCode"));
            as(user).queryParam("year", 2021).queryParam("unit", DUYEN_HAI).get(REPORT).then().statusCode(403)
                    .contentType(startsWith("application/problem+json"));
            as(user).queryParam("year", 2021).queryParam("unit", DUYEN_HAI).queryParam("format", "CSV")
                    .get(REPORT + "/export").then().statusCode(403);
        }
        for (String user : List.of(DC_TRAVINH, DO_TRAVINH)) {
            JsonPath r = report(user, null);
            assertEquals(TRAVINH, r.getString("unitCode"));
            assertEquals(0, r.getInt("summary.products"));
        }
    }

    @Test
    void accessMatrix() {
        for (String user : List.of(OFFICE, PC, INTEGRATOR)) {
            assertEquals(6, report(user, null).getInt("summary.products"));
            as(user).queryParam("year", 2021).queryParam("format", "CSV").get(REPORT + "/export").then().statusCode(200);
        }
        as(ANONYMOUS).queryParam("year", 2021).get(REPORT).then().statusCode(401);
        as(ANONYMOUS).queryParam("year", 2021).get(REPORT + "/export").then().statusCode(401);
    }

    @Test
    void badInputIs400() {
        for (String year : List.of("2017", "2101", "20x1", "")) {
            as(OFFICE).queryParam("year", year).get(REPORT).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("year"));
        }
        as(OFFICE).get(REPORT).then().statusCode(400).body("errors.field", hasItem("year"));
        for (String unit : List.of("999", "8450", "x".repeat(300))) {
            as(OFFICE).queryParam("year", 2021).queryParam("unit", unit).get(REPORT).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("unit"));
        }
        as(OFFICE).queryParam("year", 2021).queryParam("unit", "845").queryParam("unitAsOf", "2026-01-01").get(REPORT)
                .then().statusCode(400).body("errors.field", hasItem("unit"));
        as(OFFICE).queryParam("year", 2021).queryParam("unit", "845").queryParam("unitAsOf", "2021-02-30").get(REPORT)
                .then().statusCode(400).body("errors.field", hasItem("unitAsOf"));
        as(OFFICE).queryParam("year", 2021).queryParam("format", "PDF").get(REPORT + "/export").then().statusCode(400)
                .body("errors.field", contains("format"));
        as(OFFICE).queryParam("year", "1999").queryParam("format", "CSV").get(REPORT + "/export").then().statusCode(400)
                .body("errors.field", hasItem("year"));
    }

    @Test
    void xlsxAndCsvCarryTheSameFigures() throws IOException {
        JsonPath r = report(OFFICE, DUYEN_HAI);
        byte[] xlsx = as(OFFICE).queryParam("year", 2021).queryParam("unit", DUYEN_HAI).get(REPORT + "/export").then()
                .statusCode(200).contentType(startsWith("application/vnd.openxmlformats"))
                .header("Content-Disposition", equalTo("attachment; filename=\"bao-cao-ocop-2021-850.xlsx\""))
                .extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("Tổng hợp", "Theo hạng sao", "Theo huyện", "Theo tỉnh trước sắp xếp", "Theo xã hiện nay",
                    "Theo nhóm", "Chứng nhận", "Hợp đồng",
                    "Hội chợ", "Hỗ trợ", "Sản phẩm có thể nâng hạng", "Chứng nhận hết hạn năm sau"), sheets);
            Sheet summary = wb.getSheet("Tổng hợp");
            assertEquals("BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM 2021",
                    summary.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Phạm vi: Huyện Duyên Hải", summary.getRow(1).getCell(0).getStringCellValue());
            Map<String, Double> figures = figures(summary);
            assertEquals(r.getDouble("summary.units"), figures.get("Số đơn vị cấp huyện tham gia"));
            assertEquals(r.getDouble("summary.producers"), figures.get("Số chủ thể tham gia"));
            assertEquals(r.getDouble("summary.products"), figures.get("Số sản phẩm tham gia"));
            assertEquals(r.getDouble("summary.ratedProducts"), figures.get("Số sản phẩm đạt 3 sao trở lên"));
            assertEquals(r.getDouble("certifications.productsWithIp"), figures.get("Số sản phẩm có chứng nhận sở hữu trí tuệ"));
            assertEquals(r.getDouble("support.requests"), figures.get("Số yêu cầu hỗ trợ"));
            assertEquals(Map.of("2 sao", 0.0, "3 sao", 1.0, "4 sao", 1.0, "5 sao", 1.0), figures(wb.getSheet("Theo hạng sao")));
            Map<String, Double> contracts = figures(wb.getSheet("Hợp đồng"));
            assertEquals(7_000_000.0, contracts.get("Tổng giá trị hợp đồng (đồng)"));
            assertEquals(2.0, contracts.get("Số sản phẩm trong hợp đồng"));
            Row fair = wb.getSheet("Hội chợ").getRow(5);
            assertEquals("Hội chợ OCOP Duyên Hải 2021", fair.getCell(0).getStringCellValue());
            assertEquals("2021-10-01", fair.getCell(3).getLocalDateTimeCellValue().toLocalDate().toString());
            assertEquals(1.0, fair.getCell(5).getNumericCellValue());
            Row expiring = wb.getSheet("Chứng nhận hết hạn năm sau").getRow(5);
            assertEquals("Mắm tôm chà", expiring.getCell(1).getStringCellValue());
            assertEquals(3.0, expiring.getCell(4).getNumericCellValue());
        }

        byte[] csv = as(OFFICE).queryParam("year", 2021).queryParam("unit", DUYEN_HAI).queryParam("format", "CSV")
                .get(REPORT + "/export").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFsection,label,value\r\n"));
        List<String> lines = List.of(text.substring(1).split("\r\n"));
        assertTrue(lines.contains("Tổng hợp,Số sản phẩm tham gia," + r.getInt("summary.products")), text);
        assertTrue(lines.contains("Tổng hợp,Số chủ thể tham gia," + r.getInt("summary.producers")));
        assertTrue(lines.contains("Theo hạng sao,3 sao,1"));
        assertTrue(lines.contains("Theo huyện,850 | Huyện Duyên Hải,3"));
        assertTrue(lines.contains("Hợp đồng,Tổng giá trị hợp đồng (đồng),7000000"));
        assertTrue(lines.contains("Chứng nhận,Mã số mã vạch | Có hiệu lực trong năm,2"));
        assertTrue(lines.contains("Hỗ trợ,\"Thiết kế bao bì, nhãn mác | Đã duyệt\",1"), text);
    }

    /** Label (first cell) → numeric last cell, for the data lines of a two-column sheet. */
    private static Map<String, Double> figures(Sheet sheet) {
        Map<String, Double> figures = new HashMap<>();
        for (int i = 5; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
            figures.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
        }
        return figures;
    }
}
