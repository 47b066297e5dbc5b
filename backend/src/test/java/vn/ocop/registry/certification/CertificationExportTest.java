package vn.ocop.registry.certification;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.certification.CertificationFixtures.barcode;
import static vn.ocop.registry.certification.CertificationFixtures.createdId;
import static vn.ocop.registry.certification.CertificationFixtures.ofProducer;
import static vn.ocop.registry.certification.CertificationFixtures.ofProduct;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.LocalDate;
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
import vn.ocop.registry.files.TestFiles;
import vn.ocop.registry.product.ProductFixtures;

@QuarkusTest
class CertificationExportTest {
    private static final String MARKER = "Xuất " + UUID.randomUUID().toString().substring(0, 8);
    private static final String LIST = "/api/v1/certifications";
    private static final String EXPORT = "/api/v1/certifications/export";
    private static final Map<String, String> MINE = Map.of("q", MARKER);
    private static final String TRADEMARK_NUMBER = "4-0012345-000, \"Chả Hoa\"";

    private static String gtinOfChaHoa;
    private static String gtinOfDuaSap;

    @Inject
    EntityManagerFactory emf;

    @BeforeEach
    void certifications() {
        if (gtinOfChaHoa != null) {
            return;
        }
        long chaHoa = ProductFixtures.product(TRAVINH, "Chả Hoa " + MARKER);
        long duaSapProducer = ProductFixtures.producer(CAUKE, "Cơ sở Dừa Sáp " + MARKER);
        long duaSap = ProductFixtures.create(OFFICE, ProductFixtures.body(duaSapProducer, "Dừa Sáp " + MARKER))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> first = barcode(chaHoa);
        createdId(first);
        long trademark = createdId(ofProduct(chaHoa, "IP_TRADEMARK", TRADEMARK_NUMBER, LocalDate.of(2019, 1, 10),
                LocalDate.of(2029, 1, 10)));
        TestFiles.upload(OFFICE, "nhan-hieu.pdf", TestFiles.pdf(), "application/pdf").header("If-Match", "\"0\"")
                .put(LIST + "/" + trademark + "/evidence").then().statusCode(200);
        Map<String, Object> second = barcode(duaSap);
        createdId(second);
        createdId(ofProducer(duaSapProducer, "FOOD_SAFETY", "125/2019/ATTP-CNĐK", LocalDate.of(2019, 3, 1),
                LocalDate.of(2022, 3, 1)));
        gtinOfChaHoa = (String) first.get("number");
        gtinOfDuaSap = (String) second.get("number");
    }

    @Test
    void xlsxHasVietnameseHeadersTypedCellsAndTheListsRows() throws Exception {
        int total = Exports.total(OFFICE, LIST, MINE);
        assertEquals(4, total);
        try (XSSFWorkbook wb = Exports.xlsx(OFFICE, EXPORT, MINE, "chung-nhan")) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("Chứng nhận", sheet.getSheetName());
            assertEquals(List.of("Mã", "Loại chứng nhận", "Số hiệu", "Cơ quan cấp", "Ngày cấp", "Ngày hết hạn",
                    "Tình trạng", "Sản phẩm", "Chủ thể", "Mã ĐVHC", "Huyện, thị xã, thành phố", "Tệp minh chứng",
                    "Cập nhật lúc", "Người cập nhật"), Exports.headers(sheet));
            assertEquals(total, sheet.getLastRowNum());
            // Newest issue first, like the list: the two barcodes (by id), the food-safety one, the trademark.
            Row barcode = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, barcode.getCell(0).getCellType());
            assertEquals("Mã số mã vạch", barcode.getCell(1).getStringCellValue());
            assertEquals(CellType.STRING, barcode.getCell(2).getCellType(), "a GTIN keeps its digits as text");
            assertEquals(gtinOfChaHoa, barcode.getCell(2).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(barcode.getCell(4)));
            assertEquals(LocalDate.of(2019, 6, 14), barcode.getCell(4).getLocalDateTimeCellValue().toLocalDate());
            assertNull(barcode.getCell(5), "no expiry date");
            assertEquals("Còn hiệu lực", barcode.getCell(6).getStringCellValue());
            assertEquals("Chả Hoa " + MARKER, barcode.getCell(7).getStringCellValue());
            assertEquals("Thành phố Trà Vinh", barcode.getCell(10).getStringCellValue());
            assertEquals(gtinOfDuaSap, sheet.getRow(2).getCell(2).getStringCellValue());
            Row foodSafety = sheet.getRow(3);
            assertEquals("Cơ sở đủ điều kiện an toàn thực phẩm", foodSafety.getCell(1).getStringCellValue());
            assertEquals(LocalDate.of(2022, 3, 1), foodSafety.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Hết hạn", foodSafety.getCell(6).getStringCellValue());
            assertNull(foodSafety.getCell(7), "a facility-level certification names no product");
            assertEquals("Cơ sở Dừa Sáp " + MARKER, foodSafety.getCell(8).getStringCellValue());
            assertEquals("Huyện Cầu Kè", foodSafety.getCell(10).getStringCellValue());
            Row trademark = sheet.getRow(4);
            assertEquals("Nhãn hiệu", trademark.getCell(1).getStringCellValue());
            assertEquals("nhan-hieu.pdf", trademark.getCell(11).getStringCellValue());
            assertTrue(DateUtil.isCellDateFormatted(trademark.getCell(12)));
        }
    }

    @Test
    void csvIsUtf8WithBomCrlfAndQuotesCommasAndQuotes() {
        List<String> lines = Exports.csv(OFFICE, EXPORT, Map.of("q", MARKER, "sort", "issuedOn"));
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).startsWith("Mã,Loại chứng nhận,Số hiệu,Cơ quan cấp,Ngày cấp,Ngày hết hạn,Tình trạng"));
        assertTrue(lines.get(1).contains(",Nhãn hiệu,\"4-0012345-000, \"\"Chả Hoa\"\"\",Cục Sở hữu trí tuệ,2019-01-10,"
                + "2029-01-10,Còn hiệu lực,"), lines.get(1));
    }

    @Test
    void filtersAndTheUnitScopeApply() throws Exception {
        Map<String, String> barcodes = Map.of("q", MARKER, "type", "BARCODE");
        assertEquals(2, Exports.total(OFFICE, LIST, barcodes));
        try (XSSFWorkbook wb = Exports.xlsx(PC, EXPORT, barcodes, "chung-nhan")) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum());
            assertEquals("Mã số mã vạch", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Mã số mã vạch", sheet.getRow(2).getCell(1).getStringCellValue());
        }
        Map<String, String> expired = Map.of("q", MARKER, "status", "EXPIRED");
        assertEquals(1, Exports.total(OFFICE, LIST, expired));
        assertEquals(2, Exports.csv(OFFICE, EXPORT, expired).size());
        for (String caukeUser : List.of(DO_CAUKE, DC_CAUKE)) {
            List<String> lines = Exports.csv(caukeUser, EXPORT, MINE);
            assertEquals(3, lines.size(), String.join("\n", lines));
            assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("Huyện Cầu Kè")), String.join("\n", lines));
        }
        Exports.requireAuthenticationAndAKnownFormat(EXPORT);
        as(OFFICE).queryParam("type", "QR_CODE").get(EXPORT).then().statusCode(400).body("errors[0].field", equalTo("type"));
    }

    @Test
    void exportingManyRowsCostsTheSameStatementsAsOne() {
        long one = Exports.statements(emf, r -> r.queryParam("q", MARKER).queryParam("type", "IP_TRADEMARK")
                .queryParam("format", "CSV").get(EXPORT).then().statusCode(200));
        long four = Exports.statements(emf, r -> r.queryParams(MINE).queryParam("format", "CSV")
                .get(EXPORT).then().statusCode(200));
        assertTrue(one > 0, "statistics are collected");
        assertEquals(one, four);
    }
}
