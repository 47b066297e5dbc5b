package vn.ocop.registry.producer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.ocop.registry.common.TestData;

/** Bad input → 400 problem+json naming the field, and nothing stored. */
@QuarkusTest
class ProducerValidationTest {

    private static long total() {
        return as(OFFICE).get("/api/v1/producers").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static ValidatableResponse postRaw(String body) {
        return as(OFFICE).body(body).post("/api/v1/producers").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    private static ValidatableResponse rejects(Map<String, Object> body, String field) {
        long before = total();
        ValidatableResponse r = as(OFFICE).body(body).post("/api/v1/producers").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
        assertEquals(before, total(), "nothing stored");
        return r;
    }

    private static Map<String, Object> valid() {
        return new HashMap<>(TestData.producer(TRAVINH, "Cơ sở Hợp Lệ " + UUID.randomUUID()));
    }

    @ParameterizedTest
    @CsvSource({
            "0300588560, wrong check digit",
            "030058856, too short",
            "03005885690, too long",
            "03005885AB, letters",
            "0300588569-12, short branch suffix",
            "084123456789, a personal ID for a cooperative",
    })
    void badTaxCodes(String taxCode, String why) {
        Map<String, Object> body = valid();
        body.put("taxCode", taxCode);
        rejects(body, "taxCode");
    }

    @Test
    void missingRequiredFields() {
        long before = total();
        as(OFFICE).body(Map.of("phone", "0294 3834 567")).post("/api/v1/producers").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("type")).body("errors.field", hasItem("name"));
        // Where it is: a commune of today (or a district of its day) is required once the rest is valid.
        as(OFFICE).body(Map.of("type", "COOPERATIVE", "name", "HTX nơi nào " + TestData.marker()))
                .post("/api/v1/producers").then().statusCode(400).body("errors.field", hasItem("communeCode"));
        assertEquals(before, total());
    }

    @Test
    void overlongAndMalformedFields() {
        Map<String, Object> body = valid();
        body.put("name", "Đ".repeat(301));
        rejects(body, "name");
        body = valid();
        body.put("email", "not-an-email");
        rejects(body, "email");
        body = valid();
        body.put("phone", "12345");
        rejects(body, "phone");
        body = valid();
        body.put("name", "   ");
        rejects(body, "name");
    }

    @Test
    void unknownOrWrongLevelAdminUnits() {
        Map<String, Object> body = valid();
        body.put("districtCode", "999");
        rejects(body, "districtCode");
        body = valid();
        body.put("districtCode", "84");
        rejects(body, "districtCode").body("errors.message", hasItem(containsString("district-level")));
        body = valid();
        body.put("communeCode", "846");
        rejects(body, "communeCode");
    }

    @Test
    void unknownEnumValue() {
        Map<String, Object> body = valid();
        body.put("type", "CORPORATION");
        rejects(body, "type").body("errors.message", hasItem(containsString("HOUSEHOLD_BUSINESS")));
    }

    @Test
    void wrongJsonTypes() {
        postRaw("{\"type\":\"COOPERATIVE\",\"name\":{\"x\":1},\"districtCode\":\"842\"}").body("errors.field", hasItem("name"));
        postRaw("{\"type\":[1,2],\"name\":\"A\",\"districtCode\":\"842\"}").body("errors.field", hasItem("type"));
    }

    @Test
    void malformedJson() {
        long before = total();
        postRaw("{\"type\":\"COOPERATIVE\",\"name\":").body("title", equalTo("Malformed JSON"));
        postRaw("not json at all");
        as(OFFICE).body("").post("/api/v1/producers").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        assertEquals(before, total());
    }

    @ParameterizedTest
    @CsvSource({"page, -1", "page, abc", "size, 0", "size, 201", "size, 99999999999", "sort, taxCode", "type, X"})
    void badListParameters(String param, String value) {
        as(OFFICE).queryParam(param, value).get("/api/v1/producers").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(param));
    }
}
