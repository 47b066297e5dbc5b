package vn.ocop.registry.certification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.certification.CertificationFixtures.barcode;
import static vn.ocop.registry.certification.CertificationFixtures.create;
import static vn.ocop.registry.certification.CertificationFixtures.ofProducer;
import static vn.ocop.registry.certification.CertificationFixtures.today;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.ocop.registry.product.ProductFixtures;

/** Bad input → 400 problem+json naming each field, and nothing stored. */
@QuarkusTest
class CertificationValidationTest {
    private long producer;
    private long product;

    @BeforeEach
    void holder() {
        producer = ProductFixtures.producer(TRAVINH, "Cơ sở Kiểm Tra " + UUID.randomUUID());
        product = ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Chả Hoa")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private long stored() {
        return as(OFFICE).queryParam("producerId", producer).get("/api/v1/certifications").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private ValidatableResponse rejects(Map<String, Object> body, String field) {
        ValidatableResponse r = create(OFFICE, body).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(field));
        assertEquals(0, stored(), "nothing stored");
        return r;
    }

    @ParameterizedTest
    @ValueSource(strings = {"8934563138166", "8934563138160", "96385075", "18934563138161", "893456313816",
            "036000291452", "893456313816X", "89345631381650"})
    void badBarcodes(String number) {
        Map<String, Object> body = barcode(product);
        body.put("number", number);
        rejects(body, "number");
    }

    @Test
    void wrongCheckDigitSaysTheRightOne() {
        Map<String, Object> body = barcode(product);
        body.put("number", "8934563138166");
        rejects(body, "number").body("errors.message", hasItem(containsString("should be 5")));
    }

    @Test
    void aNonBarcodeNumberIsFreeText() {
        Map<String, Object> body = CertificationFixtures.ofProduct(product, "IP_TRADEMARK", "8934563138166",
                LocalDate.of(2019, 1, 1), null);
        create(OFFICE, body).then().statusCode(201);
    }

    @ParameterizedTest
    @CsvSource({"2019-06-14, 2019-06-14", "2019-06-14, 2019-06-13", "2019-06-14, 2001-01-01"})
    void expiryMustFollowIssue(String issuedOn, String expiresOn) {
        Map<String, Object> body = barcode(product);
        body.put("issuedOn", issuedOn);
        body.put("expiresOn", expiresOn);
        rejects(body, "expiresOn").body("errors.message", hasItem("must be after issuedOn"));
    }

    @Test
    void issueDateNotInTheFuture() {
        Map<String, Object> body = barcode(product);
        body.put("issuedOn", today().plusDays(1).toString());
        body.put("expiresOn", today().plusYears(3).toString());
        rejects(body, "issuedOn");
    }

    @Test
    void unknownHolders() {
        Map<String, Object> body = barcode(product);
        body.put("productId", 999_999_999);
        create(OFFICE, body).then().statusCode(400).body("errors.field", hasItem("productId"))
                .body("errors.message", hasItem(containsString("unknown product")));
        rejects(ofProducer(999_999_999, "FOOD_SAFETY", "1/ATTP", LocalDate.of(2019, 1, 1), null), "producerId");
    }

    @Test
    void exactlyOneHolder() {
        Map<String, Object> both = barcode(product);
        both.put("producerId", producer);
        rejects(both, "productId").body("errors.field", hasItem("producerId"));
        Map<String, Object> neither = barcode(product);
        neither.remove("productId");
        rejects(neither, "productId").body("errors.field", hasItem("producerId"));
    }

    @Test
    void aBarcodeIsAProductsNotAFacilitys() {
        rejects(ofProducer(producer, "BARCODE", CertificationFixtures.gtin(), LocalDate.of(2019, 1, 1), null), "producerId");
    }

    @Test
    void missingAndMalformedFields() {
        create(OFFICE, Map.of("productId", product)).then().statusCode(400)
                .body("errors.field", hasItem("type")).body("errors.field", hasItem("number"))
                .body("errors.field", hasItem("issuer")).body("errors.field", hasItem("issuedOn"));
        Map<String, Object> body = barcode(product);
        body.put("type", "PATENT");
        rejects(body, "type").body("errors.message", hasItem(containsString("FOOD_SAFETY")));
        body = barcode(product);
        body.put("issuedOn", "14/06/2019");
        rejects(body, "issuedOn");
        body = barcode(product);
        body.put("issuer", "x".repeat(301));
        rejects(body, "issuer");
        assertEquals(0, stored());
    }

    @ParameterizedTest
    @CsvSource({"status, ACTIVE", "type, PATENT", "expiringWithinDays, -1", "expiringWithinDays, abc",
            "expiringWithinDays, 4000", "productId, x", "producerId, 0", "sort, issuer", "size, 0"})
    void badListParameters(String param, String value) {
        as(OFFICE).queryParam(param, value).get("/api/v1/certifications").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(param));
    }
}
