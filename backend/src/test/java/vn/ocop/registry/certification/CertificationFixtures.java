package vn.ocop.registry.certification;

import static vn.ocop.registry.common.TestUsers.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.restassured.response.Response;
import vn.ocop.registry.common.TestClock;

/** Certification request bodies and unique valid barcodes for API tests. */
public final class CertificationFixtures {
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private CertificationFixtures() {
    }

    static LocalDate today() {
        return TestClock.today();
    }

    /** A fresh GTIN-13 with the Vietnamese prefix and a correct check digit. */
    static String gtin() {
        String data = "893" + String.format("%09d", SEQ.incrementAndGet() % 1_000_000_000L);
        return data + Gtin.checkDigit(data);
    }

    static Map<String, Object> ofProduct(long productId, String type, String number, LocalDate issuedOn,
            LocalDate expiresOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("productId", productId);
        body.put("type", type);
        body.put("number", number);
        body.put("issuer", "Cục Sở hữu trí tuệ");
        body.put("issuedOn", issuedOn.toString());
        body.put("expiresOn", expiresOn == null ? null : expiresOn.toString());
        return body;
    }

    public static Map<String, Object> barcode(long productId) {
        Map<String, Object> body = ofProduct(productId, "BARCODE", gtin(), LocalDate.of(2019, 6, 14), null);
        body.put("issuer", "GS1 Việt Nam");
        return body;
    }

    public static Map<String, Object> ofProducer(long producerId, String type, String number, LocalDate issuedOn,
            LocalDate expiresOn) {
        Map<String, Object> body = ofProduct(0, type, number, issuedOn, expiresOn);
        body.remove("productId");
        body.put("producerId", producerId);
        body.put("issuer", "Sở Y tế tỉnh Trà Vinh");
        return body;
    }

    static Response create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/certifications");
    }

    public static long createdId(Map<String, Object> body) {
        return create(vn.ocop.registry.common.TestUsers.OFFICE, body).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }
}
