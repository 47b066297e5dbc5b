package vn.ocop.registry.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.Exports;
import vn.ocop.registry.common.TestData;

@QuarkusTest
class ProducerExportTest {
    private static final String MARKER = "Xuất " + UUID.randomUUID().toString().substring(0, 8);
    private static final String EXPORT = "/api/v1/producers/export";
    private static final Map<String, String> MINE = Map.of("q", MARKER);

    private static boolean created;

    @BeforeEach
    void producers() {
        if (created) {
            return;
        }
        created = true;
        as(OFFICE).body(TestData.producer(TRAVINH, "Hợp tác xã Chả Hoa " + MARKER)).post("/api/v1/producers").then()
                .statusCode(201);
        as(OFFICE).body(TestData.producer(CAUKE, "Hợp tác xã Dừa Sáp, \"Cầu Kè\" " + MARKER)).post("/api/v1/producers")
                .then().statusCode(201);
    }

    @Test
    void xlsxHasVietnameseHeadersTypedCellsAndTheListsRows() throws Exception {
        int total = Exports.total(OFFICE, "/api/v1/producers", MINE);
        try (XSSFWorkbook wb = Exports.xlsx(OFFICE, EXPORT, MINE, "co-so-ocop")) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Tên cơ sở", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(total, sheet.getLastRowNum());
            assertEquals(2, total);
            assertEquals(CellType.NUMERIC, sheet.getRow(1).getCell(0).getCellType());
            assertEquals("Hợp tác xã", sheet.getRow(1).getCell(2).getStringCellValue());
            assertTrue(sheet.getColumnWidth(1) > sheet.getColumnWidth(0));
        }
    }

    @Test
    void csvIsUtf8WithBomAndQuotesCommas() {
        List<String> lines = Exports.csv(OFFICE, EXPORT, MINE);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("Mã,Tên cơ sở,Loại hình"));
        assertTrue(lines.get(2).contains("\"Hợp tác xã Dừa Sáp, \"\"Cầu Kè\"\" " + MARKER + "\""), lines.get(2));
    }

    @Test
    void exportsKeepTheUnitScope() {
        String text = String.join("\n", Exports.csv(DO_CAUKE, EXPORT, MINE));
        assertTrue(text.contains("Dừa Sáp"));
        assertFalse(text.contains("Chả Hoa"));
        Exports.requireAuthenticationAndAKnownFormat(EXPORT);
    }
}
