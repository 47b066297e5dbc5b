package vn.ocop.registry.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ocop.registry.common.TestData;

@QuarkusTest
class ProducerExportTest {
    private static final String MARKER = "Xuất " + UUID.randomUUID().toString().substring(0, 8);

    private static boolean created;

    @BeforeEach
    void producers() {
        if (created) {
            return;
        }
        created = true;
        as(OFFICE).body(TestData.producer(TRAVINH, "Hợp tác xã Chả Hoa " + MARKER)).post("/api/v1/producers").then().statusCode(201);
        as(OFFICE).body(TestData.producer(CAUKE, "Hợp tác xã Dừa Sáp, \"Cầu Kè\" " + MARKER)).post("/api/v1/producers")
                .then().statusCode(201);
    }

    @Test
    void xlsxHasVietnameseHeadersTypedCellsAndTheListsRows() throws Exception {
        int total = as(OFFICE).queryParam("q", MARKER).get("/api/v1/producers").jsonPath().getInt("total");
        byte[] xlsx = as(OFFICE).queryParam("q", MARKER).queryParam("format", "XLSX").get("/api/v1/producers/export")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("co-so-ocop.xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
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
        byte[] csv = as(OFFICE).queryParam("q", MARKER).queryParam("format", "CSV").get("/api/v1/producers/export")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, StandardCharsets.UTF_8);
        String[] lines = text.substring(1).split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("Mã,Tên cơ sở,Loại hình"));
        assertTrue(text.contains("\"Hợp tác xã Dừa Sáp, \"\"Cầu Kè\"\" " + MARKER + "\""));
    }

    @Test
    void exportsKeepTheDistrictScope() {
        String text = as(DO_CAUKE).queryParam("q", MARKER).queryParam("format", "CSV").get("/api/v1/producers/export")
                .then().statusCode(200).extract().asString();
        assertTrue(text.contains("Dừa Sáp"));
        assertTrue(!text.contains("Chả Hoa"));
        as(ANONYMOUS).queryParam("format", "CSV").get("/api/v1/producers/export").then().statusCode(401);
        as(OFFICE).queryParam("format", "PDF").get("/api/v1/producers/export").then().statusCode(400)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
    }
}
