package vn.ocop.registry.commerce;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.Exports;

@QuarkusTest
class SalesContractExportTest {
    private static final String MARKER = UUID.randomUUID().toString().substring(0, 8);
    private static final String LIST = "/api/v1/sales-contracts";
    private static final String EXPORT = "/api/v1/sales-contracts/export";
    private static final String PARTNER = "Siêu thị Co.op, \"Xanh\" " + MARKER;
    private static final String TEA = "Trà Sâm, \"Đinh Lăng\" " + MARKER;

    private static Map<String, Object> mine;
    private static long travinhProducer;

    @Inject
    CommerceFixtures fixtures;

    @Inject
    EntityManagerFactory emf;

    @BeforeEach
    void contracts() {
        if (mine != null) {
            return;
        }
        long partner = CommerceFixtures.partner(PARTNER);
        travinhProducer = CommerceFixtures.producer(TRAVINH, "Cơ sở Trà Thảo Mộc " + MARKER);
        long tea = fixtures.product(travinhProducer, TEA);
        long candy = fixtures.product(travinhProducer, "Kẹo Dừa " + MARKER);
        Map<String, Object> draft = CommerceFixtures.contractBody(partner, travinhProducer, tea);
        draft.put("lines", List.of(CommerceFixtures.line(tea, 10, "hộp", 45000),
                CommerceFixtures.line(candy, 5, "kg", 120000), CommerceFixtures.line(tea, 2, "hộp", 45000)));
        as(OFFICE).body(draft).post(LIST).then().statusCode(201);
        long caukeProducer = CommerceFixtures.producer(CAUKE, "Cơ sở Dừa Sáp " + MARKER);
        Map<String, Object> active = CommerceFixtures.contractBody(partner, caukeProducer,
                fixtures.product(caukeProducer, "Dừa Sáp " + MARKER));
        active.put("signedOn", "2020-03-01");
        active.put("startsOn", "2020-03-15");
        active.remove("endsOn");
        long activeId = as(OFFICE).body(active).post(LIST).then().statusCode(201).extract().jsonPath().getLong("id");
        as(OFFICE).post(LIST + "/" + activeId + "/activate").then().statusCode(200);
        mine = Map.of("partnerId", partner);
    }

    @Test
    void xlsxHasOneRowPerContractWithTypedCells() throws Exception {
        int total = Exports.total(OFFICE, LIST, mine);
        assertEquals(2, total);
        try (XSSFWorkbook wb = Exports.xlsx(OFFICE, EXPORT, mine, "hop-dong-tieu-thu")) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Hợp đồng", sheet.getSheetName());
            assertEquals(List.of("Mã", "Số hợp đồng", "Đối tác", "Chủ thể", "Mã ĐVHC", "Huyện, thị xã, thành phố",
                    "Sản phẩm", "Ngày ký", "Hiệu lực từ", "Hiệu lực đến", "Giá trị (đồng)", "Trạng thái", "Cập nhật lúc",
                    "Người cập nhật"), Exports.headers(sheet));
            assertEquals(total, sheet.getLastRowNum());
            // Newest signature first, like the list.
            Row active = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, active.getCell(0).getCellType());
            assertEquals(PARTNER, active.getCell(2).getStringCellValue());
            assertEquals("Huyện Cầu Kè", active.getCell(5).getStringCellValue());
            assertEquals(LocalDate.of(2020, 3, 1), active.getCell(7).getLocalDateTimeCellValue().toLocalDate());
            assertNull(active.getCell(9), "open-ended");
            assertEquals(22_500_000, active.getCell(10).getNumericCellValue());
            assertEquals("#,##0", active.getCell(10).getCellStyle().getDataFormatString());
            assertEquals("Đang hiệu lực", active.getCell(11).getStringCellValue());
            Row draft = sheet.getRow(2);
            assertEquals("Cơ sở Trà Thảo Mộc " + MARKER, draft.getCell(3).getStringCellValue());
            assertEquals(TEA + "; Kẹo Dừa " + MARKER, draft.getCell(6).getStringCellValue(),
                    "each product once, in line order");
            assertTrue(DateUtil.isCellDateFormatted(draft.getCell(7)));
            assertEquals(LocalDate.of(2019, 11, 1), draft.getCell(8).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(LocalDate.of(2020, 10, 31), draft.getCell(9).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(1_140_000, draft.getCell(10).getNumericCellValue());
            assertEquals("Nháp", draft.getCell(11).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(draft.getCell(12)));
        }
    }

    @Test
    void csvIsUtf8WithBomCrlfAndQuotesCommasAndQuotes() {
        List<String> lines = Exports.csv(OFFICE, EXPORT, Map.of("partnerId", mine.get("partnerId"), "sort", "signedOn"));
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("Mã,Số hợp đồng,Đối tác,Chủ thể,Mã ĐVHC,\"Huyện, thị xã, thành phố\",Sản phẩm,"
                + "Ngày ký,Hiệu lực từ,Hiệu lực đến,Giá trị (đồng),Trạng thái"), lines.get(0));
        String draft = lines.get(1);
        assertTrue(draft.contains(",\"Siêu thị Co.op, \"\"Xanh\"\" " + MARKER + "\","), draft);
        assertTrue(draft.contains(",\"Trà Sâm, \"\"Đinh Lăng\"\" " + MARKER + "; Kẹo Dừa " + MARKER + "\","
                + "2019-10-15,2019-11-01,2020-10-31,1140000,Nháp,"), draft);
    }

    @Test
    void filtersAndTheUnitScopeApply() {
        for (Map<String, Object> filter : List.<Map<String, Object>>of(Map.of("status", "ACTIVE"),
                Map.of("signedYear", 2019), Map.of("producerId", travinhProducer))) {
            Map<String, Object> filters = new HashMap<>(filter);
            filters.put("partnerId", mine.get("partnerId"));
            assertEquals(1, Exports.total(OFFICE, LIST, filters), filters.toString());
            assertEquals(2, Exports.csv(OFFICE, EXPORT, filters).size(), filters.toString());
        }
        for (String caukeUser : List.of(DO_CAUKE, DC_CAUKE)) {
            List<String> lines = Exports.csv(caukeUser, EXPORT, mine);
            assertEquals(2, lines.size(), String.join("\n", lines));
            assertTrue(lines.get(1).contains("Huyện Cầu Kè"), lines.get(1));
        }
        assertEquals(3, Exports.csv(INTEGRATOR, EXPORT, mine).size());
        Exports.requireAuthenticationAndAKnownFormat(EXPORT);
        as(OFFICE).queryParam("status", "SIGNED").get(EXPORT).then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void exportingManyRowsCostsTheSameStatementsAsOne() {
        long one = Exports.statements(emf, r -> r.queryParams(mine).queryParam("producerId", travinhProducer)
                .queryParam("format", "CSV").get(EXPORT).then().statusCode(200));
        long two = Exports.statements(emf, r -> r.queryParams(mine).queryParam("format", "CSV")
                .get(EXPORT).then().statusCode(200));
        assertTrue(one > 0, "statistics are collected");
        assertEquals(one, two);
    }
}
