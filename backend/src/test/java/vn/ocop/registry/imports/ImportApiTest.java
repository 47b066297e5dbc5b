package vn.ocop.registry.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.imports.Sheets.dryRun;
import static vn.ocop.registry.imports.Sheets.imported;
import static vn.ocop.registry.imports.Sheets.xlsx;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.ocop.registry.common.TestData;

@QuarkusTest
class ImportApiTest {
    static final List<String> PRODUCER_HEADERS = List.of("Tên chủ thể", "Loại hình", "Mã số thuế", "Người đại diện",
            "Điện thoại", "Email", "Địa chỉ", "Mã huyện", "Mã xã", "Ngày đăng ký");

    static List<Object> producerRow(String name, String taxCode, String district) {
        return new ArrayList<>(List.of(name, "Hợp tác xã", taxCode, "Thạch Thị Sa Rum", "0294 3834 567",
                "htx@example.vn", "Ấp 4, xã Hòa Ân", district, "", "01/06/2019"));
    }

    static int countNamed(String q) {
        return as(OFFICE).queryParam("q", q).get("/api/v1/producers").then().statusCode(200).extract().path("total");
    }

    @Test
    void aGoodFileIsCheckedThenImportedThroughTheServices() {
        String m = TestData.marker();
        byte[] file = xlsx(PRODUCER_HEADERS, List.of(producerRow("HTX " + m + " Một", TestData.taxCode(), CAUKE),
                producerRow("HTX " + m + " Hai", TestData.taxCode(), TRAVINH)));

        JsonPath report = dryRun(OFFICE, "producers", file).then().statusCode(200).extract().jsonPath();
        assertEquals(true, report.getBoolean("valid"));
        assertEquals(2, report.getInt("creates"));
        assertEquals(List.of("CREATE", "CREATE"), report.getList("rows.action"));
        assertEquals(List.of(2, 3), report.getList("rows.row"));
        assertEquals(0, countNamed(m), "a dry run writes nothing");

        Response job = imported(OFFICE, "producers", file);
        job.then().body("status", equalTo("SUCCEEDED")).body("processed", equalTo(2)).body("total", equalTo(2))
                .body("report.creates", equalTo(2)).body("createdBy", equalTo("office"));
        assertEquals(2, countNamed(m));
        long id = ((Number) job.path("report.rows[0].id")).longValue();
        as(OFFICE).get("/api/v1/producers/" + id).then().statusCode(200).body("districtCode", equalTo(CAUKE))
                .body("registeredOn", equalTo("2019-06-01")).body("createdBy", equalTo("office"));
        // The service's audit trail, as for a create through the API.
        as(OFFICE).get("/api/v1/producers/" + id + "/history").then().statusCode(200)
                .body("items[0].action", equalTo("CREATED")).body("items[0].actor", equalTo("office"));
    }

    @Test
    void aFileWithErrorsInManyRowsReportsEachAndImportsNothing() {
        String m = TestData.marker();
        String taken = TestData.taxCode();
        List<Object> badTaxCode = producerRow("HTX " + m + " A", "0300588568", CAUKE);
        List<Object> unknownUnit = producerRow("HTX " + m + " B", TestData.taxCode(), "999");
        List<Object> missingName = producerRow("", TestData.taxCode(), CAUKE);
        List<Object> badDate = producerRow("HTX " + m + " C", TestData.taxCode(), CAUKE);
        badDate.set(9, "31/02/2019");
        List<Object> first = producerRow("HTX " + m + " D", taken, CAUKE);
        List<Object> twice = producerRow("HTX " + m + " E", taken, CAUKE);
        List<Object> badType = producerRow("HTX " + m + " F", TestData.taxCode(), CAUKE);
        badType.set(1, "Công ty ma");
        List<Object> good = producerRow("HTX " + m + " G", TestData.taxCode(), CAUKE);
        byte[] file = xlsx(PRODUCER_HEADERS, List.of(badTaxCode, unknownUnit, missingName, badDate, first, twice,
                badType, good));

        JsonPath report = dryRun(OFFICE, "producers", file).then().statusCode(200).extract().jsonPath();
        assertEquals(false, report.getBoolean("valid"));
        assertEquals(List.of("REJECTED", "REJECTED", "REJECTED", "REJECTED", "CREATE", "REJECTED", "REJECTED",
                "CREATE"), report.getList("rows.action"));
        assertError(report, 2, "C", "Mã số thuế", "0300588568", "check digit");
        assertError(report, 3, "H", "Mã huyện", "999", "unknown admin unit 999");
        assertError(report, 4, "A", "Tên chủ thể", null, "must not be blank");
        assertError(report, 5, "J", "Ngày đăng ký", "31/02/2019", "dd/MM/yyyy");
        assertError(report, 7, "C", "Mã số thuế", taken, "row 6");
        assertError(report, 8, "B", "Loại hình", "Công ty ma", "Hợp tác xã");

        Response refused = Sheets.commit(OFFICE, "producers", file);
        refused.then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:ocop:problem:validation")).body("report.errors.size()", equalTo(6))
                .body("report.rejected", equalTo(6));
        assertEquals(0, countNamed(m), "nothing of a refused file is imported");
    }

    static void assertError(JsonPath report, int row, String column, String header, String value, String message) {
        List<Map<String, Object>> errors = report.getList("errors");
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(row) && column.equals(e.get("column"))
                && header.equals(e.get("header")) && java.util.Objects.equals(value, e.get("value"))
                && e.get("message").toString().contains(message)),
                "no error at row " + row + " column " + column + " with " + message + " in " + errors);
    }

    @Test
    void aReimportUpdatesOrSkipsAsReportedAndDuplicatesNothing() {
        String m = TestData.marker();
        String one = TestData.taxCode();
        List<Object> a = producerRow("HTX " + m + " Một", one, CAUKE);
        List<Object> b = producerRow("HTX " + m + " Hai", "", CAUKE);
        imported(OFFICE, "producers", xlsx(PRODUCER_HEADERS, List.of(a, b))).then().body("status", equalTo("SUCCEEDED"));
        assertEquals(2, countNamed(m));

        JsonPath same = dryRun(OFFICE, "producers", xlsx(PRODUCER_HEADERS, List.of(a, b))).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("SKIP", "SKIP"), same.getList("rows.action"));

        a.set(3, "Nguyễn Văn Mới");
        byte[] changed = xlsx(PRODUCER_HEADERS, List.of(a, b));
        JsonPath report = dryRun(OFFICE, "producers", changed).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("UPDATE", "SKIP"), report.getList("rows.action"));
        assertEquals(List.of("representative"), report.getList("rows[0].changedFields"));
        assertEquals(one, report.getString("rows[0].key"));

        Response job = imported(OFFICE, "producers", changed);
        job.then().body("status", equalTo("SUCCEEDED")).body("report.updates", equalTo(1))
                .body("report.skips", equalTo(1));
        assertEquals(2, countNamed(m), "no duplicates");
        long id = ((Number) job.path("report.rows[0].id")).longValue();
        as(OFFICE).get("/api/v1/producers/" + id).then().body("representative", equalTo("Nguyễn Văn Mới"))
                .body("version", equalTo(1));
        as(OFFICE).get("/api/v1/producers/" + id + "/history").then()
                .body("items.action", hasItem("UPDATED"));
    }

    @Test
    void aDistrictOfficerImportsIntoTheirOwnDistrictOnly() {
        String m = TestData.marker();
        byte[] file = xlsx(PRODUCER_HEADERS, List.of(producerRow("HTX " + m + " Cầu Kè", TestData.taxCode(), CAUKE),
                producerRow("HTX " + m + " Trà Vinh", TestData.taxCode(), TRAVINH)));
        JsonPath report = dryRun(DO_CAUKE, "producers", file).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("CREATE", "REJECTED"), report.getList("rows.action"));
        assertError(report, 3, "H", "Mã huyện", TRAVINH, "own district (845)");
        Sheets.commit(DO_CAUKE, "producers", file).then().statusCode(422);
        assertEquals(0, countNamed(m));

        byte[] own = xlsx(PRODUCER_HEADERS, List.of(producerRow("HTX " + m + " Cầu Kè", TestData.taxCode(), CAUKE)));
        imported(DO_CAUKE, "producers", own).then().body("status", equalTo("SUCCEEDED"))
                .body("createdBy", equalTo("do-cauke"));
        assertEquals(1, countNamed(m));
    }

    @Test
    void messyHeadersDatesNumbersAndTextAreAccepted() {
        String m = TestData.marker();
        String nfd = Normalizer.normalize("Hợp tác xã " + m + " Ấp Chợ", Normalizer.Form.NFD);
        String tax = TestData.taxCode();
        List<String> headers = List.of("  TEN CHU THE ", "loai hinh", "MST", "ma huyen", "Ngày  đăng ký (dd/mm/yyyy)");
        byte[] file = xlsx(headers, List.of(
                List.of("  " + nfd + "  ", "hop tac xa", Long.parseLong(tax), CAUKE + " - Huyện Cầu Kè", "05/03/2019"),
                List.of("HTX " + m + " Hai", "COOPERATIVE", TestData.taxCode(), Integer.parseInt(CAUKE),
                        LocalDate.of(2019, 3, 6))));
        JsonPath report = dryRun(OFFICE, "producers", file).then().statusCode(200).extract().jsonPath();
        assertEquals(true, report.getBoolean("valid"), report.prettify());
        Response job = imported(OFFICE, "producers", file);
        long id = ((Number) job.path("report.rows[0].id")).longValue();
        as(OFFICE).get("/api/v1/producers/" + id).then()
                .body("name", equalTo(Normalizer.normalize("Hợp tác xã " + m + " Ấp Chợ", Normalizer.Form.NFC)))
                .body("registeredOn", equalTo("2019-03-05")).body("taxCode", equalTo(tax));
        long second = ((Number) job.path("report.rows[1].id")).longValue();
        as(OFFICE).get("/api/v1/producers/" + second).then().body("registeredOn", equalTo("2019-03-06"))
                .body("districtCode", equalTo(CAUKE));
    }

    @Test
    void aFileThatIsNoWorkbookIsA400() {
        Sheets.dryRun(OFFICE, "producers", "Tên chủ thể,Loại hình\nA,B\n".getBytes()).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("xlsx"));
        byte[] good = xlsx(PRODUCER_HEADERS, List.of(producerRow("x", TestData.taxCode(), CAUKE)));
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        Sheets.commit(OFFICE, "producers", truncated).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        Sheets.dryRun(OFFICE, "producers", new byte[0]).then().statusCode(400);
    }

    @Test
    void aMistypedDryRunIsA400AndImportsNothing() {
        String marker = TestData.marker();
        byte[] good = xlsx(PRODUCER_HEADERS, List.of(producerRow("HTX " + marker, TestData.taxCode(), CAUKE)));
        Sheets.upload(OFFICE, good).queryParam("dryRun", "ture").post("/api/v1/imports/producers").then()
                .statusCode(400).body("errors[0].field", equalTo("dryRun"));
        as(OFFICE).queryParam("q", marker).get("/api/v1/producers").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aFileOfTooManyRowsIsA413() {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i <= ImportSheet.MAX_ROWS; i++) {
            rows.add(List.of("HTX " + i));
        }
        Sheets.dryRun(OFFICE, "producers", xlsx(PRODUCER_HEADERS, rows)).then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("20000 rows"));
    }

    @Test
    void aWrongTemplateNamesTheMissingHeaders() {
        byte[] file = xlsx(List.of("Tên sản phẩm", "Ghi chú"), List.of(List.of("Chả Hoa", "x")));
        Sheets.dryRun(OFFICE, "producers", file).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("title", equalTo("Wrong template"))
                .body("errors[0].message", containsString("Tên chủ thể"))
                .body("errors[0].message", containsString("Loại hình"));
        as(OFFICE).get("/api/v1/imports/templates/partners").then().statusCode(404);
    }
}
