package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.contract.Contract;

/**
 * Response bodies with the fields that used to break generated clients (nulls in fields whose type did not
 * allow null, hidden fields sent as null) hold to their component schema in openapi.yaml: what is null is
 * declared nullable, what is required is there, what is hidden is left out (and so not required).
 */
@QuarkusTest
class ResponseSchemaNullsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Contract CONTRACT = Contract.committed();
    private static final JsonNode SCHEMAS = CONTRACT.document().path("components").path("schemas");

    @Test
    void aProducerWithoutOptionalDataMatchesItsSchema() throws Exception {
        Map<String, Object> body = Map.of("type", "COOPERATIVE", "name", "Hợp tác xã tối giản " + TestData.marker(),
                "districtCode", TRAVINH, "registeredOn", TestData.REGISTERED_2019);
        long id = as(OFFICE).body(body).post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonNode producer = read(as(OFFICE).get("/api/v1/producers/" + id).then().statusCode(200).extract().asString());
        assertTrue(producer.has("communeCode") && producer.get("communeCode").isNull(), producer.toString());
        assertFalse(producer.has("email"), "an unknown e-mail is omitted: " + producer);
        assertConforms("ProducerView", producer);
        assertConforms("PageAuditEntry", read(as(OFFICE).get("/api/v1/producers/" + id + "/history").then()
                .statusCode(200).extract().asString()));
    }

    @Test
    void aPartnerReadByAnIntegratorOmitsTheContactPerson() throws Exception {
        Map<String, Object> body = new HashMap<>(Map.of("type", "SUPERMARKET_CHAIN",
                "name", "Siêu thị " + TestData.marker(), "contactPerson", "Nguyễn Thị Thu Hà"));
        long id = as(OFFICE).body(body).post("/api/v1/partners").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonNode partner = read(as(INTEGRATOR).get("/api/v1/partners/" + id).then().statusCode(200).extract().asString());
        assertFalse(partner.has("contactPerson"), "hidden from integrators, so left out: " + partner);
        assertConforms("PartnerView", partner);
        JsonNode staffView = read(as(OFFICE).get("/api/v1/partners/" + id).then().statusCode(200).extract().asString());
        assertEquals("Nguyễn Thị Thu Hà", staffView.path("contactPerson").asText());
        assertConforms("PartnerView", staffView);
    }

    @Test
    void aProblemMatchesItsSchema() throws Exception {
        assertConforms("Problem", read(as(OFFICE).get("/api/v1/producers/999999999").then().statusCode(404)
                .extract().asString()));
    }

    @Test
    void theContractSaysWhatIsRequiredNullableAndOmitted() {
        assertTrue(required("ProducerView").containsAll(List.of("id", "name", "communeCode", "version")));
        assertFalse(required("ProducerView").contains("email"), "omitted for integrators, so not required");
        assertFalse(allowsNull("ProducerView", "email"), "omitted, never null");
        assertEquals(List.of("type", "title", "status"), required("Problem"));
        assertTrue(allowsNull("OcopCertificateView", "revocationReason"));
        assertTrue(allowsNull("EntryView", "dossierCheck"));
        assertTrue(allowsNull("CertificationView", "evidence"));
        assertFalse(required("ProducerRequest").contains("email"), "request schemas keep Bean Validation's required");
        assertTrue(required("ProducerRequest").contains("name"));
        assertTrue(CONTRACT.violations(property("CertificationRequest", "expiresOn"), JSON.nullNode(), false).isEmpty(),
                "an optional request field accepts null, which the server reads as missing");
        assertFalse(CONTRACT.violations(property("CertificationRequest", "type"), JSON.nullNode(), false).isEmpty());
    }

    private static JsonNode read(String body) throws Exception {
        return JSON.readTree(body);
    }

    private static List<String> required(String schema) {
        List<String> names = new ArrayList<>();
        SCHEMAS.path(schema).path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    private static void assertConforms(String schema, JsonNode body) {
        assertEquals(List.of(), CONTRACT.violations(ref(schema), body, true), body.toString());
    }

    private static boolean allowsNull(String schema, String property) {
        return CONTRACT.violations(property(schema, property), JSON.nullNode(), true).isEmpty();
    }

    private static JsonNode property(String schema, String property) {
        return SCHEMAS.path(schema).path("properties").path(property);
    }

    private static JsonNode ref(String schema) {
        return JSON.createObjectNode().put("$ref", "#/components/schemas/" + schema);
    }
}
