package vn.ocop.registry.certification;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.certification.CertificationFixtures.barcode;
import static vn.ocop.registry.certification.CertificationFixtures.create;
import static vn.ocop.registry.certification.CertificationFixtures.createdId;
import static vn.ocop.registry.certification.CertificationFixtures.ofProducer;
import static vn.ocop.registry.certification.CertificationFixtures.ofProduct;
import static vn.ocop.registry.certification.CertificationFixtures.today;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.files.TestFiles.upload;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.ocop.registry.files.TestFiles;
import vn.ocop.registry.product.ProductFixtures;

@QuarkusTest
class CertificationApiTest {

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<Integer> idsWhere(String param, Object value, String param2, Object value2) {
        return as(OFFICE).queryParam(param, value).queryParam(param2, value2).queryParam("size", 200)
                .get("/api/v1/certifications").then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void aProductsBarcode() {
        String name = unique("Chả Hoa");
        long product = ProductFixtures.product(TRAVINH, name);
        Map<String, Object> body = barcode(product);
        String gtin = (String) body.get("number");
        body.put("number", gtin.charAt(0) + " " + gtin.substring(1, 7) + " " + gtin.substring(7));
        Response r = create(DO_TRAVINH, body);
        r.then().statusCode(201).header("Location", containsString("/api/v1/certifications/")).header("ETag", "\"0\"")
                .body("productId", equalTo((int) product)).body("productName", equalTo(name))
                .body("producerId", nullValue()).body("producerName", equalTo("Cơ sở " + name))
                .body("districtCode", equalTo(TRAVINH)).body("districtName", equalTo("Thành phố Trà Vinh"))
                .body("type", equalTo("BARCODE")).body("number", equalTo(gtin)).body("issuer", equalTo("GS1 Việt Nam"))
                .body("issuedOn", equalTo("2019-06-14")).body("expiresOn", nullValue())
                .body("status", equalTo("VALID")).body("evidence", nullValue()).body("createdBy", equalTo("do-travinh"));
        as(OFFICE).get(r.header("Location")).then().statusCode(200).header("ETag", "\"0\"").body("number", equalTo(gtin));
        // One GTIN, one product.
        Map<String, Object> again = barcode(ProductFixtures.product(TRAVINH, unique("Chả lụa")));
        again.put("number", gtin);
        create(OFFICE, again).then().statusCode(409).contentType(startsWith("application/problem+json"));
        assertEquals(1, idsWhere("q", gtin, "type", "BARCODE").size());
    }

    @Test
    void aFacilityLevelCertificationBelongsToTheProducer() {
        long producer = ProductFixtures.producer(TRAVINH, unique("Cơ sở Lạp xưởng"));
        long product = ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Lạp xưởng tươi")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long facility = createdId(ofProducer(producer, "FOOD_SAFETY", "125/2019/ATTP-CNĐK", LocalDate.of(2019, 3, 1),
                LocalDate.of(2022, 3, 1)));
        long ofProduct = createdId(ofProduct(product, "IP_TRADEMARK", "4-0321456-000", LocalDate.of(2019, 5, 20),
                LocalDate.of(2029, 5, 20)));
        as(OFFICE).get("/api/v1/certifications/" + facility).then().statusCode(200)
                .body("producerId", equalTo((int) producer)).body("productId", nullValue())
                .body("status", equalTo("EXPIRED")).body("districtCode", equalTo(TRAVINH));
        // A producer's certifications: its facility's and its products'.
        assertEquals(List.of((int) facility, (int) ofProduct), idsWhere("producerId", producer, "sort", "id"));
        assertEquals(List.of((int) ofProduct), idsWhere("productId", product, "sort", "id"));
        assertEquals(List.of((int) facility), idsWhere("producerId", producer, "type", "FOOD_SAFETY"));
        // The facility's history lives with the producer; the product's history has the product's certification.
        as(OFFICE).get("/api/v1/products/" + product + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "CERTIFICATION_ADDED"))
                .body("items[1].changes.number.to", equalTo("4-0321456-000"));
    }

    @Test
    void statusIsDerivedFromTodayAndFiltersInTheDatabase() {
        LocalDate today = today();
        long product = ProductFixtures.product(TRAVINH, unique("Trà Sâm Đinh Lăng"));
        long expiring = createdId(ofProduct(product, "QUALITY_SELF_DECLARATION", "01/TSĐL/2022", today.minusYears(3),
                today.plusDays(10)));
        long expired = createdId(ofProduct(product, "VIETGAP", "VietGAP-TT-19-02-84-0001", LocalDate.of(2019, 1, 10),
                LocalDate.of(2021, 1, 10)));
        long valid = createdId(ofProduct(product, "IP_TRADEMARK", "4-0345678-000", LocalDate.of(2020, 4, 2),
                today.plusDays(400)));
        long forever = createdId(ofProduct(product, "QUALITY_STANDARD", "TCCS 01:2019/TSĐL", LocalDate.of(2019, 7, 1),
                null));
        long lastDay = createdId(ofProduct(product, "HACCP", "HACCP-2023-77", today.minusYears(2), today));

        as(OFFICE).get("/api/v1/certifications/" + expiring).then().body("status", equalTo("EXPIRING"));
        as(OFFICE).get("/api/v1/certifications/" + expired).then().body("status", equalTo("EXPIRED"));
        as(OFFICE).get("/api/v1/certifications/" + valid).then().body("status", equalTo("VALID"));
        as(OFFICE).get("/api/v1/certifications/" + forever).then().body("status", equalTo("VALID"));
        as(OFFICE).get("/api/v1/certifications/" + lastDay).then().body("status", equalTo("EXPIRING"));

        assertEquals(List.of((int) expiring, (int) lastDay), idsWhere("productId", product, "status", "EXPIRING")
                .stream().sorted().toList());
        assertEquals(List.of((int) expired), idsWhere("productId", product, "status", "EXPIRED"));
        assertEquals(List.of((int) valid, (int) forever), idsWhere("productId", product, "status", "VALID")
                .stream().sorted().toList());
        as(OFFICE).queryParam("productId", product).queryParam("expiringWithinDays", 15).queryParam("sort", "expiresOn")
                .get("/api/v1/certifications").then().statusCode(200).body("items.id", contains((int) lastDay, (int) expiring))
                .body("items.status", everyItem(equalTo("EXPIRING")));
        assertEquals(List.of((int) lastDay), idsWhere("productId", product, "expiringWithinDays", 5));
        assertEquals(List.of((int) lastDay), idsWhere("productId", product, "expiringWithinDays", 0));
    }

    @Test
    void productsHoldingACertificationType() {
        long withMark = ProductFixtures.product(TRAVINH, unique("Nước Mắm rươi"));
        long without = ProductFixtures.product(TRAVINH, unique("Nước mắm cá linh"));
        long producer = ProductFixtures.producer(TRAVINH, unique("Cơ sở Bánh Bao chỉ"));
        long facilityProduct = ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Bánh Bao chỉ")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        createdId(ofProduct(withMark, "IP_COLLECTIVE_MARK", "4-0299999-000", LocalDate.of(2018, 9, 1), null));
        createdId(ofProducer(producer, "FOOD_SAFETY", "88/2019/ATTP", LocalDate.of(2019, 2, 1), LocalDate.of(2030, 2, 1)));

        List<Integer> marked = as(OFFICE).queryParam("certificationType", "IP_COLLECTIVE_MARK").queryParam("size", 200)
                .get("/api/v1/products").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(true, marked.contains((int) withMark));
        assertEquals(false, marked.contains((int) without));
        List<Integer> foodSafe = as(OFFICE).queryParam("certificationType", "FOOD_SAFETY").queryParam("size", 200)
                .get("/api/v1/products").then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(true, foodSafe.contains((int) facilityProduct), "the producer's facility certification counts");
        assertEquals(false, foodSafe.contains((int) withMark));
    }

    @Test
    void updateIsVersionedAndRecordedInTheProductsHistory() {
        long product = ProductFixtures.product(TRAVINH, unique("Bánh tét"));
        Map<String, Object> body = ofProduct(product, "IP_TRADEMARK", "4-0123456-000", LocalDate.of(2019, 8, 1),
                LocalDate.of(2029, 8, 1));
        Response created = create(DO_TRAVINH, body);
        String location = created.header("Location");
        body.put("expiresOn", "2029-08-02");
        as(OFFICE).header("If-Match", created.header("ETag")).body(body).put(location).then().statusCode(200)
                .header("ETag", "\"1\"").body("expiresOn", equalTo("2029-08-02")).body("updatedBy", equalTo("office"));
        body.put("number", "4-9999999-000");
        as(OFFICE).header("If-Match", created.header("ETag")).body(body).put(location).then().statusCode(412);
        as(OFFICE).body(body).put(location).then().statusCode(428);
        as(OFFICE).get(location).then().body("number", equalTo("4-0123456-000")).body("version", equalTo(1));
        // The holder cannot change.
        body.put("number", "4-0123456-000");
        body.put("productId", ProductFixtures.product(TRAVINH, unique("Bánh tét khác")));
        as(OFFICE).header("If-Match", "\"1\"").body(body).put(location).then().statusCode(400)
                .body("errors.field", hasItem("productId"));
        as(DO_TRAVINH).header("If-Match", "\"1\"").delete(location).then().statusCode(204);
        as(OFFICE).get(location).then().statusCode(404);

        JsonPath history = as(OFFICE).get("/api/v1/products/" + product + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "CERTIFICATION_ADDED", "CERTIFICATION_UPDATED",
                        "CERTIFICATION_REMOVED"))
                .body("items.actor", contains("office", "do-travinh", "office", "do-travinh")).extract().jsonPath();
        assertEquals(Map.of("expiresOn", Map.of("from", "2029-08-01", "to", "2029-08-02")), history.getMap("items[2].changes"));
        assertEquals("4-0123456-000", history.getString("items[3].changes.number.from"));
    }

    @Test
    void evidenceFiles() {
        long product = ProductFixtures.product(TRAVINH, unique("Cốm ống"));
        Response created = create(OFFICE, barcode(product));
        String location = created.header("Location").replaceFirst("^https?://[^/]+", "");
        String evidence = location + "/evidence";
        as(OFFICE).get(evidence).then().statusCode(404).contentType(startsWith("application/problem+json"));

        byte[] pdf = TestFiles.pdf();
        upload(DO_TRAVINH, "giấy chứng nhận.pdf", pdf, "application/pdf").header("If-Match", "\"0\"").put(evidence)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("evidence.contentType", equalTo("application/pdf"))
                .body("evidence.fileName", equalTo("giấy chứng nhận.pdf"))
                .body("evidence.sizeBytes", equalTo(pdf.length)).body("evidence.uploadedBy", equalTo("do-travinh"));
        Response got = as(OFFICE).get(evidence);
        got.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("gi%E1%BA%A5y%20ch%E1%BB%A9ng%20nh%E1%BA%ADn.pdf"));
        assertArrayEquals(pdf, got.asByteArray());

        // A text file named and declared as a PDF is refused, and the stored evidence stays.
        upload(OFFICE, "giay.pdf", TestFiles.text(), "application/pdf").header("If-Match", "\"1\"").put(evidence)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("file"));
        upload(OFFICE, "anh.webp", TestFiles.webp(), "image/webp").header("If-Match", "\"1\"").put(evidence)
                .then().statusCode(400).body("errors.field", hasItem("file"));
        // A PDF header in front of a web page is no PDF.
        upload(OFFICE, "giay.pdf", "%PDF-1.7\n<html><script>alert(1)</script></html>\n%%EOF\n".getBytes(
                StandardCharsets.US_ASCII), "application/pdf").header("If-Match", "\"1\"").put(evidence)
                .then().statusCode(400).body("errors.field", hasItem("file"))
                .body("errors.message", hasItem(startsWith("is not a valid PDF file")));
        upload(OFFICE, "lon.pdf", TestFiles.pngOfSize(5 * 1024 * 1024 + 1), "application/pdf").header("If-Match", "\"1\"")
                .put(evidence).then().statusCode(413).body("errors.field", hasItem("file"));
        upload(OFFICE, "scan.png", TestFiles.png(), "image/png").header("If-Match", "\"0\"").put(evidence)
                .then().statusCode(412);
        upload(OFFICE, "scan.png", TestFiles.png(), "image/png").put(evidence).then().statusCode(428);
        as(OFFICE).get(location).then().body("version", equalTo(1)).body("evidence.contentType", equalTo("application/pdf"));
        assertArrayEquals(pdf, as(OFFICE).get(evidence).asByteArray());

        // A PNG declared as a JPEG replaces it, as a PNG.
        upload(OFFICE, "scan.jpg", TestFiles.png(), "image/jpeg").header("If-Match", "\"1\"").put(evidence)
                .then().statusCode(200).header("ETag", "\"2\"").body("evidence.contentType", equalTo("image/png"));
        as(OFFICE).get(evidence).then().statusCode(200).contentType("image/png");
        as(OFFICE).queryParam("productId", product).get("/api/v1/certifications").then()
                .body("items[0].evidence.contentType", equalTo("image/png"));
        as(OFFICE).get("/api/v1/products/" + product + "/history").then()
                .body("items.action", contains("CREATED", "CERTIFICATION_ADDED", "CERTIFICATION_UPDATED",
                        "CERTIFICATION_UPDATED"))
                .body("items[3].changes.evidence.from.contentType", equalTo("application/pdf"))
                .body("items[3].changes.evidence.to.contentType", equalTo("image/png"));
    }

    @Test
    void districtScopedListsNeverShowAnotherDistrict() {
        long traVinh = ProductFixtures.product(TRAVINH, unique("Trà Hoa Đậu Biếc"));
        long cauKe = ProductFixtures.producer(CAUKE, unique("Cơ sở Cầu Kè"));
        createdId(barcode(traVinh));
        createdId(ofProducer(cauKe, "ORGANIC", "HC-2019-845", LocalDate.of(2019, 10, 1), null));
        for (String user : new String[]{DO_CAUKE, DC_CAUKE}) {
            as(user).queryParam("size", 200).get("/api/v1/certifications").then().statusCode(200)
                    .body("items.districtCode", everyItem(equalTo(CAUKE))).body("items.districtCode", hasItem(CAUKE));
            as(user).queryParam("districtCode", TRAVINH).get("/api/v1/certifications").then().statusCode(200)
                    .body("items", empty()).body("total", equalTo(0));
            as(user).queryParam("productId", traVinh).get("/api/v1/certifications").then().statusCode(200)
                    .body("total", equalTo(0));
        }
        as(OFFICE).queryParam("districtCode", CAUKE).queryParam("size", 200).get("/api/v1/certifications").then()
                .statusCode(200).body("items.districtCode", everyItem(equalTo(CAUKE)));
    }

    @Test
    void searchFindsNumbersIssuersAndNames() {
        String name = unique("Gạo Long Hiệp (Hạt Ngọc Rồng)");
        long product = ProductFixtures.product(TRAVINH, name);
        long id = createdId(ofProduct(product, "IP_GEOGRAPHICAL_INDICATION", "CDĐL-00" + name.substring(name.length() - 8),
                LocalDate.of(2019, 11, 11), null));
        String tail = name.substring(name.length() - 8);
        for (String q : new String[]{"gao long hiep (hat ngoc rong) " + tail, "cddl-00" + tail}) {
            as(OFFICE).queryParam("q", q).get("/api/v1/certifications").then().statusCode(200)
                    .body("items.id", contains((int) id));
        }
        as(OFFICE).queryParam("q", "cuc so huu tri tue").queryParam("productId", product).get("/api/v1/certifications")
                .then().body("items.id", containsInAnyOrder((int) id));
    }

    @Test
    void idempotencyKeyReplayCreatesOneRow() {
        long product = ProductFixtures.product(TRAVINH, unique("Trà Sả"));
        Map<String, Object> body = barcode(product);
        String key = UUID.randomUUID().toString();
        int first = as(OFFICE).header("Idempotency-Key", key).body(body).post("/api/v1/certifications").then()
                .statusCode(201).extract().jsonPath().getInt("id");
        as(OFFICE).header("Idempotency-Key", key).body(body).post("/api/v1/certifications").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(List.of(first), idsWhere("productId", product, "sort", "id"));
    }

    @Test
    void aProductWithCertificationsIsNotDeleted() {
        long product = ProductFixtures.product(TRAVINH, unique("Trà Dứa"));
        createdId(barcode(product));
        as(OFFICE).header("If-Match", ProductFixtures.etag("/api/v1/products/" + product))
                .delete("/api/v1/products/" + product).then().statusCode(409)
                .contentType(startsWith("application/problem+json"));
        as(OFFICE).get("/api/v1/products/" + product).then().statusCode(200);
    }
}
