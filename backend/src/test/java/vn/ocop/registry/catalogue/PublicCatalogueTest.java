package vn.ocop.registry.catalogue;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.TestClock;
import vn.ocop.registry.common.TestProducts;
import vn.ocop.registry.common.TestUnits;

@QuarkusTest
class PublicCatalogueTest {
    @Inject
    TestProducts products;

    /** A certified product; returns its certificate's public code. */
    private String certified(String name, LocalDate on) {
        // in a commune: today's decisions (26/2026) number products by commune (T-X-STT-year)
        Map<String, Object> producer = TestUnits.producerInCommune(TRAVINH, "Cơ sở " + name);
        producer.put("phone", "0912 345 678");
        producer.put("email", "bi-mat@example.vn");
        long producerId = as(OFFICE).body(producer).post("/api/v1/producers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long productId = products.create(producerId, name, "DECISION_1048_2019", 3, 2019);
        // under the legal basis in force on that day (1048 in 2019, 26/2026 today): the province recognises 4★
        long decision = as(OFFICE).body(Map.of("number", UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND",
                "decidedOn", on.toString(), "signer", "Chủ tịch UBND tỉnh", "level", "PROVINCIAL", "adminUnitCode", "84",
                "recognitions", List.of(Map.of("productId", productId, "stars", 4))))
                .post("/api/v1/recognition-decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        return as(OFFICE).queryParam("decisionId", decision).get("/api/v1/ocop-certificates").jsonPath()
                .getString("items[0].publicCode");
    }

    @Test
    void searchShowsCertifiedProductsWithoutPersonalData() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String code = certified("Gạo Long Hiệp (Hạt Ngọc Rồng) " + marker, TestClock.today().minusMonths(1));
        String body = as(ANONYMOUS).queryParam("q", "gao long hiep hat ngoc rong " + marker).get("/api/v1/public/products")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].publicCode", equalTo(code)).body("items[0].stars", equalTo(4))
                .body("items[0].certificateStatus", equalTo("VALID"))
                .body("items[0].groupCode", equalTo("FOOD"))
                .body("items[0].districtName", equalTo("Thành phố Trà Vinh"))
                .extract().asString();
        assertFalse(body.contains("0912345678"));
        assertFalse(body.contains("bi-mat@example.vn"));
        assertFalse(body.contains("taxCode"));
        assertFalse(body.contains("phone"));
        as(ANONYMOUS).queryParam("stars", "4").queryParam("size", 200).get("/api/v1/public/products").then()
                .statusCode(200).body("items.stars", everyItem(equalTo(4)));
        as(ANONYMOUS).queryParam("stars", "9").get("/api/v1/public/products").then().statusCode(400)
                .body("errors.field", hasItem("stars"));
    }

    @Test
    void lookupNeverCallsALapsedCertificateValid() {
        String valid = certified("Chả Hoa", TestClock.today().minusDays(3));
        String expired = certified("Tôm Khô", LocalDate.of(2019, 12, 20));
        String revoked = certified("Nước Mắm rươi", TestClock.today().minusMonths(3));
        long revokedId = as(OFFICE).queryParam("q", "nuoc mam ruoi").queryParam("size", 200).get("/api/v1/ocop-certificates")
                .jsonPath().getLong("items.find { it.publicCode == '" + revoked + "' }.id");
        as(OFFICE).body(Map.of("reason", "LAW_VIOLATION", "note", "Vi phạm ghi nhãn"))
                .post("/api/v1/ocop-certificates/" + revokedId + "/revoke").then().statusCode(200);

        as(ANONYMOUS).get("/api/v1/public/certificates/" + valid).then().statusCode(200)
                .body("status", equalTo("VALID")).body("productName", equalTo("Chả Hoa"))
                .body(not(containsString("0912345678")));
        as(ANONYMOUS).get("/api/v1/public/certificates/" + expired.toLowerCase()).then().statusCode(200)
                .body("status", equalTo("EXPIRED")).body("validUntil", equalTo("2022-12-19"));
        as(ANONYMOUS).get("/api/v1/public/certificates/" + revoked).then().statusCode(200)
                .body("status", equalTo("REVOKED")).body("revocationReason", equalTo("LAW_VIOLATION"));
        as(ANONYMOUS).queryParam("status", "VALID").queryParam("size", 200).get("/api/v1/public/products").then()
                .body("items.publicCode", hasItem(valid))
                .body("items.publicCode", not(hasItem(expired))).body("items.publicCode", not(hasItem(revoked)));
        as(ANONYMOUS).get("/api/v1/public/certificates/NOSUCHCODE").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void peopleGetAPageAndProgramsGetJson() {
        String code = certified("Bộ Salon tre", TestClock.today().minusDays(1));
        String lookup = "/api/v1/public/certificates/" + code;
        as(ANONYMOUS).accept("text/html").get(lookup + "/page").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("Bộ Salon tre"))
                .body(containsString("Còn hiệu lực"));
        as(ANONYMOUS).accept("*/*").get(lookup).then().statusCode(200).contentType(startsWith("application/json"))
                .body("publicCode", equalTo(code));
        as(ANONYMOUS).accept("application/json, application/problem+json").get(lookup).then().statusCode(200)
                .contentType(startsWith("application/json"));
        as(ANONYMOUS).accept("text/html, application/problem+json").get(lookup + "/page").then().statusCode(200)
                .contentType(startsWith("text/html"));
        as(ANONYMOUS).accept("text/html").get("/api/v1/public/certificates/NOSUCHCODE/page").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    /** Labels printed before the web app carry the JSON address: a phone is sent to the web app's page. */
    @Test
    void aBrowserAtTheJsonAddressIsSentToThePage() {
        String code = certified("Mật ong U Minh", TestClock.today().minusDays(1));
        String lookup = "/api/v1/public/certificates/" + code;
        String phone = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        as(ANONYMOUS).redirects().follow(false).accept(phone).get(lookup).then().statusCode(303)
                .header("Location", "http://localhost:5173/public/certificates/" + code);
        as(ANONYMOUS).redirects().follow(false).accept(phone).get(lookup.toLowerCase()).then().statusCode(303)
                .header("Location", "http://localhost:5173/public/certificates/" + code);
        // The page without JavaScript stays for whoever has its address.
        as(ANONYMOUS).accept(phone).get(lookup + "/page").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("Mật ong U Minh"));
    }

    /** One representation per operation, so a generated client reads what it asked for. */
    @Test
    void theContractOffersOneRepresentationPerLookup() {
        String lookup = "paths.'/api/v1/public/certificates/{code}'.get.responses";
        var doc = io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("application/json"), List.copyOf(doc.getMap(lookup + ".'200'.content").keySet()));
        assertEquals(List.of("text/html"), List.copyOf(doc.getMap(
                "paths.'/api/v1/public/certificates/{code}/page'.get.responses.'200'.content").keySet()));
    }

    @Test
    void qrCodeScansToThePage() throws Exception {
        String code = certified("Cốm ống", TestClock.today().minusDays(1));
        byte[] png = as(ANONYMOUS).get("/api/v1/public/certificates/" + code + "/qr.png").then().statusCode(200)
                .contentType("image/png").header("Content-Disposition", "inline; filename=\"ocop-" + code + ".png\"")
                .extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        String url = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        assertEquals("http://localhost:5173/public/certificates/" + code, url, "the web app's certificate page");

        as(ANONYMOUS).get("/api/v1/public/certificates/" + code + "/qr.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).body(startsWith("<svg"))
                .header("Content-Disposition", "inline; filename=\"ocop-" + code + ".svg\"");
        as(ANONYMOUS).get("/api/v1/public/certificates/NOSUCHCODE/qr.png").then().statusCode(404);
    }
}
