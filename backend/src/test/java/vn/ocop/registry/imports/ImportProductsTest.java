package vn.ocop.registry.imports;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.imports.ImportApiTest.assertError;
import static vn.ocop.registry.imports.Sheets.dryRun;
import static vn.ocop.registry.imports.Sheets.imported;
import static vn.ocop.registry.imports.Sheets.xlsx;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.ocop.registry.common.TestData;

/** Products and their certifications from spreadsheets, naming producers that are registered. */
@QuarkusTest
class ImportProductsTest {
    static final List<String> PRODUCT_HEADERS = List.of("Mã số thuế chủ thể", "Tên chủ thể", "Tên sản phẩm", "Mô tả",
            "Bộ sản phẩm", "Năm tham gia", "Trạng thái");
    static final List<String> CERTIFICATION_HEADERS = List.of("Mã số thuế chủ thể", "Tên chủ thể", "Tên sản phẩm",
            "Loại chứng nhận", "Số chứng nhận", "Cơ quan cấp", "Ngày cấp", "Ngày hết hạn");

    static long producer(String user, String district, String name, String taxCode) {
        var body = new java.util.HashMap<>(TestData.producer(district, name));
        body.put("taxCode", taxCode);
        return ((Number) as(user).body(body).post("/api/v1/producers").then().statusCode(201).extract().path("id"))
                .longValue();
    }

    @Test
    void productsAndCertificationsAreImportedAndReimportedWithoutDuplicates() {
        String m = TestData.marker();
        String tax = TestData.taxCode();
        long producerId = producer(OFFICE, CAUKE, "HTX " + m, tax);
        String set = "8. Chế biến từ thịt, trứng, sữa (1048/QĐ-TTg)";
        byte[] products = xlsx(PRODUCT_HEADERS, List.of(
                Arrays.asList(tax, null, "Chả " + m, "Chả lụa", set, "2.019", "Đang sản xuất"),
                Arrays.asList(null, "HTX " + m, "Nem " + m, null, set, 2020, null)));
        JsonPath report = dryRun(OFFICE, "products", products).then().statusCode(200).extract().jsonPath();
        assertEquals(true, report.getBoolean("valid"), report.prettify());
        Response job = imported(OFFICE, "products", products);
        job.then().body("status", equalTo("SUCCEEDED")).body("report.creates", equalTo(2));
        long cha = ((Number) job.path("report.rows[0].id")).longValue();
        as(OFFICE).get("/api/v1/products/" + cha).then().statusCode(200).body("producerId", equalTo((int) producerId))
                .body("yearEntered", equalTo(2019)).body("productSetNumber", equalTo(8))
                .body("legalBasisCode", equalTo("DECISION_1048_2019")).body("status", equalTo("ACTIVE"));
        dryRun(OFFICE, "products", products).then().body("rows.action", equalTo(List.of("SKIP", "SKIP")));

        String gtin = Sheets.gtin13("893" + m.substring(3, 12));
        byte[] certifications = xlsx(CERTIFICATION_HEADERS, List.of(
                Arrays.asList(tax, null, "Chả " + m, "Mã số mã vạch", gtin.substring(0, 3) + " " + gtin.substring(3),
                        "GS1 Việt Nam", "14/06/2019", null),
                Arrays.asList(tax, null, null, "Cơ sở đủ điều kiện an toàn thực phẩm", "ATTP-" + m,
                        "Sở Y tế Trà Vinh", LocalDate.of(2019, 6, 1), "01/06/2022")));
        report = dryRun(OFFICE, "certifications", certifications).then().statusCode(200).extract().jsonPath();
        assertEquals(true, report.getBoolean("valid"), report.prettify());
        job = imported(OFFICE, "certifications", certifications);
        job.then().body("status", equalTo("SUCCEEDED")).body("report.creates", equalTo(2));
        as(OFFICE).queryParam("productId", cha).get("/api/v1/certifications").then().body("total", equalTo(1))
                .body("items[0].number", equalTo(gtin)).body("items[0].type", equalTo("BARCODE"));
        as(OFFICE).queryParam("producerId", producerId).get("/api/v1/certifications").then().body("total", equalTo(2));
        dryRun(OFFICE, "certifications", certifications).then().body("rows.action", equalTo(List.of("SKIP", "SKIP")));
    }

    @Test
    void badGtinsUnknownSetsAndProducersAndDatesAreReported() {
        String m = TestData.marker();
        String tax = TestData.taxCode();
        producer(OFFICE, CAUKE, "HTX " + m, tax);
        String unknown = TestData.taxCode();
        String otherDistrict = TestData.taxCode();
        producer(OFFICE, TRAVINH, "HTX khác " + m, otherDistrict);
        byte[] products = xlsx(PRODUCT_HEADERS, List.of(
                Arrays.asList(tax, null, "Chả " + m, null, "99. Không có", 2019, null),
                Arrays.asList(unknown, null, "Nem " + m, null, "8", 2019, null),
                Arrays.asList(tax, null, "Giò " + m, null, "8", "năm ngoái", null),
                Arrays.asList(otherDistrict, null, "Bánh " + m, null, "8", 2019, null)));
        JsonPath report = dryRun(DO_CAUKE, "products", products).then().statusCode(200).extract().jsonPath();
        assertError(report, 2, "E", "Bộ sản phẩm", "99. Không có", "Bộ sản phẩm");
        assertError(report, 3, "A", "Mã số thuế chủ thể", unknown, "no producer with this tax code");
        assertError(report, 4, "F", "Năm tham gia", "năm ngoái", "whole number");
        // Another district's producer is, for a district officer, one that does not exist.
        assertError(report, 5, "A", "Mã số thuế chủ thể", otherDistrict, "no producer with this tax code");
        assertEquals(4, report.getInt("rejected"));

        byte[] certifications = xlsx(CERTIFICATION_HEADERS, List.of(
                Arrays.asList(tax, null, null, "Mã số mã vạch", "8934563138164", "GS1 Việt Nam", "14/06/2019", null),
                Arrays.asList(tax, null, "Không có " + m, "VietGAP", "VG-1", "Sở NN", "14/06/2019", null),
                Arrays.asList(tax, null, null, "VietGAP", "VG-2", "Sở NN", "14/06/2019", "01/01/2019"),
                Arrays.asList(tax, null, null, "VietGAP", "VG-3", null, "14/06/2019", null)));
        report = dryRun(OFFICE, "certifications", certifications).then().statusCode(200).extract().jsonPath();
        assertError(report, 2, "E", "Số chứng nhận", "8934563138164", "GS1 check digit");
        assertError(report, 3, "C", "Tên sản phẩm", "Không có " + m, "no product of this name");
        assertError(report, 4, "H", "Ngày hết hạn", "01/01/2019", "after issuedOn");
        assertError(report, 5, "F", "Cơ quan cấp", null, "must not be blank");
    }
}
