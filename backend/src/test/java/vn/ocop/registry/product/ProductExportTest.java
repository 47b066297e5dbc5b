package vn.ocop.registry.product;

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
class ProductExportTest {
    private static final String MARKER = "Xuất " + UUID.randomUUID().toString().substring(0, 8);
    private static final String LIST = "/api/v1/products";
    private static final String EXPORT = "/api/v1/products/export";
    private static final Map<String, String> MINE = Map.of("q", MARKER);

    private static boolean created;

    @Inject
    EntityManagerFactory emf;

    @BeforeEach
    void products() {
        if (created) {
            return;
        }
        created = true;
        ProductFixtures.product(TRAVINH, "Chả Hoa " + MARKER);
        ProductFixtures.product(CAUKE, "Dừa Sáp, \"Cầu Kè\" " + MARKER);
        Map<String, Object> discontinued = ProductFixtures.body(
                ProductFixtures.producer(TRAVINH, "Cơ sở Bánh Tét " + MARKER), "Bánh Tét " + MARKER);
        discontinued.put("status", "DISCONTINUED");
        discontinued.put("yearEntered", 2024);
        ProductFixtures.create(OFFICE, discontinued).then().statusCode(201);
    }

    @Test
    void xlsxHasVietnameseHeadersTypedCellsAndTheListsRows() throws Exception {
        int total = Exports.total(OFFICE, LIST, MINE);
        assertEquals(3, total);
        try (XSSFWorkbook wb = Exports.xlsx(OFFICE, EXPORT, MINE, "san-pham-ocop")) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Sản phẩm", sheet.getSheetName());
            assertEquals(List.of("Mã", "Tên sản phẩm", "Chủ thể", "Mã ĐVHC", "Huyện, thị xã, thành phố", "Nhóm sản phẩm",
                    "Bộ sản phẩm số", "Bộ sản phẩm", "Năm tham gia", "Tình trạng sản xuất", "Hạng sao OCOP",
                    "Giấy chứng nhận OCOP", "Mô tả", "Cập nhật lúc", "Người cập nhật"),
                    Exports.headers(sheet));
            assertEquals(total, sheet.getLastRowNum());
            // Ordered by name, like the list.
            Row banhTet = sheet.getRow(1);
            assertEquals("Bánh Tét " + MARKER, banhTet.getCell(1).getStringCellValue());
            assertEquals(CellType.NUMERIC, banhTet.getCell(0).getCellType());
            assertEquals("Cơ sở Bánh Tét " + MARKER, banhTet.getCell(2).getStringCellValue());
            assertEquals("842", banhTet.getCell(3).getStringCellValue());
            assertEquals("Thành phố Trà Vinh", banhTet.getCell(4).getStringCellValue());
            assertEquals("Thực phẩm", banhTet.getCell(5).getStringCellValue());
            assertEquals(8, banhTet.getCell(6).getNumericCellValue());
            assertEquals(2024, banhTet.getCell(8).getNumericCellValue());
            assertEquals("Ngừng sản xuất", banhTet.getCell(9).getStringCellValue());
            assertNull(banhTet.getCell(10), "no live certificate, no stars");
            assertTrue(DateUtil.isCellDateFormatted(banhTet.getCell(13)));
            assertEquals("office", banhTet.getCell(14).getStringCellValue());
            assertEquals("Đang sản xuất", sheet.getRow(2).getCell(9).getStringCellValue());
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0));
        }
    }

    @Test
    void csvIsUtf8WithBomCrlfAndQuotesCommasAndQuotes() {
        List<String> lines = Exports.csv(OFFICE, EXPORT, Map.of("q", MARKER, "sort", "-name"));
        assertEquals(4, lines.size());
        assertTrue(lines.get(0).startsWith("Mã,Tên sản phẩm,Chủ thể,Mã ĐVHC,\"Huyện, thị xã, thành phố\",Nhóm sản phẩm"));
        assertTrue(lines.get(1).contains(",\"Dừa Sáp, \"\"Cầu Kè\"\" " + MARKER + "\","), lines.get(1));
        assertTrue(lines.get(1).contains(",Đang sản xuất,"), lines.get(1));
    }

    @Test
    void filtersAndTheUnitScopeApply() throws Exception {
        Map<String, String> discontinued = Map.of("q", MARKER, "status", "DISCONTINUED");
        try (XSSFWorkbook wb = Exports.xlsx(OFFICE, EXPORT, discontinued, "san-pham-ocop")) {
            assertEquals(1, Exports.total(OFFICE, LIST, discontinued));
            assertEquals(1, wb.getSheetAt(0).getLastRowNum());
        }
        for (String caukeUser : List.of(DO_CAUKE, DC_CAUKE)) {
            List<String> lines = Exports.csv(caukeUser, EXPORT, MINE);
            assertEquals(2, lines.size(), String.join("\n", lines));
            assertTrue(lines.get(1).contains("Dừa Sáp"));
        }
        assertEquals(1, Exports.csv(DO_CAUKE, EXPORT, Map.of("q", MARKER, "districtCode", TRAVINH)).size(),
                "another district's rows are not exported, only the header");
        assertEquals(4, Exports.csv(INTEGRATOR, EXPORT, MINE).size());
        Exports.requireAuthenticationAndAKnownFormat(EXPORT);
        as(OFFICE).queryParam("year", "abc").get(EXPORT).then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void withoutAFormatTheExportIsXlsx() {
        as(OFFICE).queryParams(MINE).get(EXPORT).then().statusCode(200)
                .contentType(Exports.XLSX);
    }

    @Test
    void exportingManyRowsCostsTheSameStatementsAsOne() {
        long one = Exports.statements(emf, r -> r.queryParam("q", "cha hoa " + MARKER).queryParam("format", "CSV")
                .get(EXPORT).then().statusCode(200));
        long three = Exports.statements(emf, r -> r.queryParams(MINE).queryParam("format", "CSV")
                .get(EXPORT).then().statusCode(200));
        assertTrue(one > 0, "statistics are collected");
        assertEquals(one, three);
    }
}
