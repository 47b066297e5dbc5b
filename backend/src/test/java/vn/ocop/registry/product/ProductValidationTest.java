package vn.ocop.registry.product;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Bad input → 400 problem+json naming the field, and nothing stored. */
@QuarkusTest
class ProductValidationTest {
    private long producer;

    @BeforeEach
    void producer() {
        producer = ProductFixtures.producer(TRAVINH, "Cơ sở Kiểm Tra " + UUID.randomUUID());
    }

    private long stored() {
        return as(OFFICE).queryParam("producerId", producer).get("/api/v1/products").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private ValidatableResponse rejects(Map<String, Object> body, String field) {
        ValidatableResponse r = ProductFixtures.create(OFFICE, body).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(field));
        assertEquals(0, stored(), "nothing stored");
        return r;
    }

    private Map<String, Object> valid() {
        return ProductFixtures.body(producer, "Bánh trung thu gà quay Jambon");
    }

    @Test
    void missingRequiredFields() {
        ProductFixtures.create(OFFICE, Map.of("description", "x")).then().statusCode(400)
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("producerId"))
                .body("errors.field", hasItem("productSetId")).body("errors.field", hasItem("yearEntered"))
                .body("errors.field", hasItem("status"));
    }

    @Test
    void unknownProducerAndProductSetAreBothReported() {
        Map<String, Object> body = valid();
        body.put("producerId", 999_999_999);
        body.put("productSetId", 999_999_999);
        ProductFixtures.create(OFFICE, body).then().statusCode(400)
                .body("errors.field", hasItem("producerId")).body("errors.field", hasItem("productSetId"))
                .body("errors.message", hasItem(containsString("unknown product set")));
        body = valid();
        body.put("productSetId", 999_999_999);
        rejects(body, "productSetId");
    }

    @ParameterizedTest
    @CsvSource({"yearEntered, 2017", "yearEntered, 2101", "status, RETIRED", "name, ' '", "producerId, abc",
            "yearEntered, 2019.5"})
    void badValues(String field, String value) {
        Map<String, Object> body = valid();
        body.put(field, value);
        rejects(body, field);
    }

    @Test
    void overlongText() {
        Map<String, Object> body = valid();
        body.put("name", "Đ".repeat(301));
        rejects(body, "name");
        body = valid();
        body.put("description", "x".repeat(4001));
        rejects(body, "description");
    }

    @Test
    void badUpdateChangesNothing() {
        long id = ProductFixtures.create(OFFICE, valid()).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> body = valid();
        body.put("productSetId", 999_999_999);
        as(OFFICE).header("If-Match", "\"0\"").body(body).put("/api/v1/products/" + id).then().statusCode(400)
                .body("errors.field", hasItem("productSetId"));
        as(OFFICE).get("/api/v1/products/" + id).then().body("version", equalTo(0))
                .body("productSetNumber", equalTo(8));
    }

    @ParameterizedTest
    @CsvSource({"page, -1", "size, 201", "sort, description", "status, OLD", "year, 19", "year, abc", "productSetId, x",
            "producerId, -4", "groupCode, FOODS", "certificationType, PATENT"})
    void badListParameters(String param, String value) {
        as(OFFICE).queryParam(param, value).get("/api/v1/products").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(param));
    }
}
