package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Response bodies with the fields that used to break generated clients (nulls in fields whose type did not
 * allow null, hidden fields sent as null) hold to their component schema in the served contract: what is
 * null is declared nullable, what is required is there, what is hidden is left out.
 */
@QuarkusTest
class ResponseSchemaNullsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode schemas;

    @BeforeEach
    void contract() throws Exception {
        if (schemas == null) {
            schemas = read(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                    .extract().asString()).path("components").path("schemas");
        }
    }

    @Test
    void aProducerWithoutOptionalDataMatchesItsSchema() throws Exception {
        Map<String, Object> body = Map.of("type", "COOPERATIVE", "name", "Hợp tác xã tối giản " + TestData.marker(),
                "districtCode", TRAVINH);
        long id = as(OFFICE).body(body).post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonNode producer = read(as(OFFICE).get("/api/v1/producers/" + id).then().statusCode(200).extract().asString());
        assertTrue(producer.has("communeCode") && producer.get("communeCode").isNull(), producer.toString());
        assertFalse(producer.has("email"), "an unknown e-mail is omitted: " + producer);
        assertConforms("Producer", producer);
        assertConforms("PageEntry", read(as(OFFICE).get("/api/v1/producers/" + id + "/history").then()
                .statusCode(200).extract().asString()));
    }

    @Test
    void aPartnerReadByAnIntegratorOmitsTheContactPerson() throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("type", "SUPERMARKET_CHAIN",
                "name", "Siêu thị " + TestData.marker(), "contactPerson", "Nguyễn Thị Thu Hà"));
        long id = as(OFFICE).body(body).post("/api/v1/partners").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonNode partner = read(as(INTEGRATOR).get("/api/v1/partners/" + id).then().statusCode(200).extract().asString());
        assertFalse(partner.has("contactPerson"), "hidden from integrators, so left out: " + partner);
        assertConforms("Partner", partner);
        JsonNode staffView = read(as(OFFICE).get("/api/v1/partners/" + id).then().statusCode(200).extract().asString());
        assertEquals("Nguyễn Thị Thu Hà", staffView.path("contactPerson").asText());
        assertConforms("Partner", staffView);
    }

    @Test
    void aProblemMatchesItsSchema() throws Exception {
        assertConforms("Problem", read(as(OFFICE).get("/api/v1/producers/999999999").then().statusCode(404)
                .extract().asString()));
    }

    @Test
    void theContractSaysWhatIsRequiredNullableAndOmitted() {
        assertTrue(required("Producer").containsAll(List.of("id", "name", "communeCode", "version")));
        assertFalse(required("Producer").contains("email"), "omitted for integrators, so not required");
        assertFalse(allowsNull(schemas.path("Producer").path("properties").path("email")),
                "omitted, never null");
        assertEquals(List.of("type", "title", "status"), required("Problem"));
        assertTrue(allowsNull(schemas.path("OcopCertificate").path("properties").path("revocationReason")));
        assertTrue(allowsNull(schemas.path("EvaluationEntry").path("properties").path("dossierCheck")));
        assertTrue(allowsNull(schemas.path("Certification").path("properties").path("evidence")));
        assertFalse(required("ProducerRequest").contains("email"), "request schemas keep Bean Validation's required");
    }

    private static JsonNode read(String body) throws Exception {
        return JSON.readTree(body);
    }

    private static List<String> required(String schema) {
        List<String> names = new ArrayList<>();
        schemas.path(schema).path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    private static void assertConforms(String schema, JsonNode body) {
        List<String> violations = new ArrayList<>();
        check(schemas.path(schema), body, schema, violations);
        assertEquals(List.of(), violations, body.toString());
    }

    /** Enough of JSON Schema for these bodies: $ref, type, anyOf, required, properties, items. */
    private static void check(JsonNode schema, JsonNode value, String at, List<String> violations) {
        if (schema.has("$ref")) {
            check(schemas.path(schema.get("$ref").asText().replace("#/components/schemas/", "")), value, at, violations);
        }
        if (schema.has("type") && !typeAllows(schema.get("type"), value)) {
            violations.add(at + ": " + value.getNodeType() + " where the type is " + schema.get("type"));
        }
        if (schema.has("anyOf")) {
            boolean any = false;
            for (JsonNode option : schema.get("anyOf")) {
                List<String> none = new ArrayList<>();
                check(option, value, at, none);
                any |= none.isEmpty();
            }
            if (!any) {
                violations.add(at + ": matches no anyOf option");
            }
        }
        if (value.isObject()) {
            schema.path("required").forEach(r -> {
                if (!value.has(r.asText())) {
                    violations.add(at + "." + r.asText() + ": required but missing");
                }
            });
            schema.path("properties").fields().forEachRemaining(p -> {
                if (value.has(p.getKey())) {
                    check(p.getValue(), value.get(p.getKey()), at + "." + p.getKey(), violations);
                }
            });
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "[" + i + "]", violations);
            }
        }
    }

    private static boolean typeAllows(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeAllows(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "null" -> value.isNull();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> false;
        };
    }

    private static boolean allowsNull(JsonNode schema) {
        List<String> violations = new ArrayList<>();
        check(schema, JSON.nullNode(), "", violations);
        return violations.isEmpty();
    }
}
