package vn.ocop.registry.recognition;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.Exports;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestProducts;
import vn.ocop.registry.common.TestUnits;

/** The printed certificate and the decision's product list, read back as a person or a program would read them. */
@QuarkusTest
class RecognitionDocumentsTest {
    @Inject
    TestProducts products;
    @ConfigProperty(name = "ocop.certificate-page-url")
    String pageUrl;

    record Issued(long decisionId, String number, List<JsonPath> certificates) {
    }

    /** A provincial decision of 20/12/2019 recognising a product at 4★ and another at 3★, of a producer in Trà Vinh. */
    private Issued decide(String producerName, String first, String second) {
        long producer = as(OFFICE).body(TestUnits.producerInCommune(TRAVINH, producerName)).post("/api/v1/producers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long a = products.create(producer, first, "DECISION_1048_2019", 7, 2019);
        long b = products.create(producer, second, "DECISION_1048_2019", 7, 2019);
        Map<String, Object> body = new java.util.HashMap<>(PaperDecisions.body(java.time.LocalDate.of(2019, 12, 20),
                "DECISION_1048_2019", "PROVINCIAL", "84", a, 4));
        body.put("recognitions", List.of(Map.of("productId", a, "stars", 4), Map.of("productId", b, "stars", 3)));
        JsonPath decision = as(OFFICE).body(body).post("/api/v1/recognition-decisions").then().statusCode(201).extract()
                .jsonPath();
        long decisionId = decision.getLong("id");
        List<JsonPath> certificates = new ArrayList<>();
        for (Object id : as(OFFICE).queryParam("decisionId", decisionId).queryParam("sort", "id")
                .get("/api/v1/ocop-certificates").then().statusCode(200).extract().jsonPath().getList("items.id")) {
            certificates.add(as(OFFICE).get("/api/v1/ocop-certificates/" + id).then().statusCode(200).extract().jsonPath());
        }
        return new Issued(decisionId, decision.getString("number"), certificates);
    }

    @Test
    void theCertificatePrintsItsDataAndAQrCodeOfThePublicLookup() throws Exception {
        String marker = TestData.marker();
        Issued issued = decide("HTX Dừa sáp " + marker, "Kẹo dừa " + marker, "Rượu dừa " + marker);
        JsonPath c = issued.certificates().get(0);
        byte[] pdf = as(OFFICE).get("/api/v1/ocop-certificates/" + c.getLong("id") + "/pdf").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("giay-chung-nhan-ocop-" + c.getString("productCode")))
                .extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "ỦY BAN NHÂN DÂN", "TỈNH TRÀ VINH", "GIẤY CHỨNG NHẬN SẢN PHẨM OCOP", "Kẹo dừa " + marker,
                    "Chủ thể: HTX Dừa sáp " + marker, "Đạt hạng: 4 sao", "Mã sản phẩm OCOP: " + c.getString("productCode"),
                    "Quyết định số " + issued.number() + " ngày 20/12/2019 của Ủy ban nhân dân tỉnh Trà Vinh",
                    "Hiệu lực: từ ngày 20/12/2019 đến ngày 19/12/2022", "Trà Vinh, ngày 20 tháng 12 năm 2019")) {
                assertTrue(text.contains(expected), () -> "the certificate shows «" + expected + "»:\n" + text);
            }
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            assertEquals(pageUrl.replace("{code}", c.getString("publicCode")), qrCode(page));
        }
    }

    private static String qrCode(BufferedImage image) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code on the printed certificate", e);
        }
    }

    @Test
    void theCertificatePdfIsForWhoeverMayReadTheCertificate() {
        String marker = TestData.marker();
        long id = decide("Cơ sở " + marker, "Bánh pía " + marker, "Bánh ít " + marker).certificates().get(0).getLong("id");
        String path = "/api/v1/ocop-certificates/" + id + "/pdf";
        for (String user : List.of(OFFICE, PC, DC_TRAVINH, DO_TRAVINH, INTEGRATOR)) {
            as(user).get(path).then().statusCode(200).contentType("application/pdf");
        }
        // the producer is of Thành phố Trà Vinh: Cầu Kè's officer and council member read no certificate of it
        for (String user : List.of(DO_CAUKE, DC_CAUKE)) {
            as(user).get(path).then().statusCode(403).contentType(startsWith("application/problem+json"));
        }
        as(ANONYMOUS).get(path).then().statusCode(401);
        as(OFFICE).get("/api/v1/ocop-certificates/999999999/pdf").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theDecisionListsItsProductsInPdfAndXlsx() throws IOException {
        String marker = TestData.marker();
        Issued issued = decide("HTX Cam sành " + marker, "Cam sành " + marker, "Mứt cam " + marker);
        JsonPath first = issued.certificates().get(0);
        JsonPath second = issued.certificates().get(1);
        String base = "/api/v1/recognition-decisions/" + issued.decisionId() + "/products";

        byte[] pdf = as(DO_CAUKE).get(base + "/pdf").then().statusCode(200).contentType("application/pdf").extract()
                .asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN SẢN PHẨM OCOP",
                    "Kèm theo Quyết định số " + issued.number() + " ngày 20/12/2019", "Cam sành " + marker,
                    "Mứt cam " + marker, first.getString("productCode"), second.getString("productCode"),
                    "Tổng cộng: 2 sản phẩm")) {
                assertTrue(text.contains(expected), () -> "the list shows «" + expected + "»:\n" + text);
            }
        }

        byte[] xlsx = as(INTEGRATOR).get(base + "/xlsx").then().statusCode(200).contentType(Exports.XLSX)
                .header("Content-Disposition", containsString("quyet-dinh-" + issued.decisionId() + "-san-pham-ocop.xlsx"))
                .extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(List.of("STT", "Tên sản phẩm", "Chủ thể", "Địa bàn", "Hạng sao", "Mã sản phẩm OCOP"),
                    Exports.headers(sheet));
            assertEquals(2, sheet.getLastRowNum());
            String commune = as(OFFICE).get("/api/v1/producers/" + first.getLong("producerId")).then().extract()
                    .jsonPath().getString("commune.name");
            assertEquals(List.of("1", "Cam sành " + marker, "HTX Cam sành " + marker, commune, "4",
                    first.getString("productCode")), cells(sheet.getRow(1)));
            assertEquals(List.of("2", "Mứt cam " + marker, "HTX Cam sành " + marker, commune, "3",
                    second.getString("productCode")), cells(sheet.getRow(2)));
        }
    }

    private static List<String> cells(Row row) {
        DataFormatter format = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(format.formatCellValue(cell)));
        return cells;
    }

    @Test
    void theDecisionsListsAreForEveryRoleThatReadsTheDecision() {
        String marker = TestData.marker();
        long decisionId = decide("Cơ sở " + marker, "Trà " + marker, "Mật ong " + marker).decisionId();
        for (String format : List.of("pdf", "xlsx")) {
            String path = "/api/v1/recognition-decisions/" + decisionId + "/products/" + format;
            for (String user : List.of(OFFICE, PC, DC_CAUKE, DO_CAUKE, INTEGRATOR)) {
                as(user).get(path).then().statusCode(200);
            }
            as("co-cauke").get(path).then().statusCode(403);
            as(ANONYMOUS).get(path).then().statusCode(401);
            as(OFFICE).get("/api/v1/recognition-decisions/999999999/products/" + format).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"));
        }
    }
}
