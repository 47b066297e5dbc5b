package vn.ocop.registry.common.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The contract check itself: it must see each kind of drift between a server and its contract. */
class ContractCheckTest {
    private static final String CONTRACT = """
            openapi: 3.1.0
            paths:
              /api/v1/producers:
                get:
                  parameters:
                  - {name: page, in: query, schema: {type: integer, format: int32, minimum: 0}}
                  responses:
                    "200":
                      description: A page
                      content: {application/json: {schema: {$ref: "#/components/schemas/Producer"}}}
                    "400": {$ref: "#/components/responses/Invalid"}
              /api/v1/producers/{id}:
                get:
                  parameters:
                  - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
                  responses:
                    "200":
                      description: One
                      headers:
                        ETag: {description: Version, schema: {type: string}}
                      content: {application/json: {schema: {$ref: "#/components/schemas/Producer"}}}
                    "400": {$ref: "#/components/responses/Invalid"}
            components:
              responses:
                Invalid:
                  description: Invalid
                  content: {application/problem+json: {schema: {$ref: "#/components/schemas/Problem"}}}
              schemas:
                Producer:
                  type: object
                  required: [id, name]
                  properties:
                    id: {type: integer, format: int64}
                    name: {type: string}
                    email: {type: [string, "null"]}
                Problem:
                  type: object
                  properties:
                    type: {type: string}
                    status: {type: integer}
            """;
    private final ContractCheck check;

    ContractCheckTest() throws IOException {
        check = new ContractCheck(new Contract(new YAMLMapper().readTree(CONTRACT)));
    }

    private List<String> get(String uri, int status, String contentType, String body, Map<String, String> headers) {
        return check.violations(new ContractCheck.Exchange("GET", URI.create("http://localhost:8081" + uri), null, null,
                false, Map.of(), status, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                headers));
    }

    private static void assertOne(List<String> violations, String... words) {
        assertEquals(1, violations.size(), violations.toString());
        for (String word : words) {
            assertTrue(violations.get(0).contains(word), violations.get(0) + " should mention " + word);
        }
    }

    @Test
    void anExchangeTheContractDescribesPasses() {
        assertEquals(List.of(), get("/api/v1/producers/7", 200, "application/json;charset=UTF-8",
                "{\"id\":7,\"name\":\"HTX Cầu Kè\",\"email\":null}", Map.of("ETag", "\"3\"")));
        assertEquals(List.of(), get("/api/v1/producers?page=x", 400, "application/problem+json",
                "{\"type\":\"urn:ocop:problem:validation\",\"status\":400}", Map.of()));
    }

    @Test
    void nullWhereTheTypeForbidsItIsAViolation() {
        assertOne(get("/api/v1/producers/7", 200, "application/json", "{\"id\":7,\"name\":null}", Map.of()), "name");
    }

    @Test
    void aMissingRequiredOrAnUndocumentedFieldIsAViolation() {
        assertOne(get("/api/v1/producers/7", 200, "application/json", "{\"id\":7}", Map.of()), "name");
        assertOne(get("/api/v1/producers/7", 200, "application/json", "{\"id\":7,\"name\":\"A\",\"secret\":1}", Map.of()),
                "secret");
    }

    @Test
    void anUndocumentedStatusMediaTypeOrHeaderIsAViolation() {
        assertOne(get("/api/v1/producers/7", 406, "application/problem+json", "{}", Map.of()), "406 is not documented");
        assertOne(get("/api/v1/producers/7", 200, "text/html", "<p>", Map.of()), "text/html");
        assertOne(get("/api/v1/producers?page=0", 200, "application/json", "{\"id\":7,\"name\":\"A\"}",
                Map.of("ETag", "\"1\"")), "ETag is not documented");
    }

    @Test
    void aRequestOutsideTheContractMayOnlyBeRefused() {
        assertOne(get("/api/v1/producers?page=-1", 200, "application/json", "{\"id\":7,\"name\":\"A\"}", Map.of()),
                "accepted a request", "page");
        assertOne(get("/api/v1/producers?colour=red", 200, "application/json", "{\"id\":7,\"name\":\"A\"}", Map.of()),
                "colour is not in the contract");
        assertOne(get("/api/v1/producers/abc", 200, "application/json", "{\"id\":7,\"name\":\"A\"}", Map.of()),
                "path parameter id");
        assertEquals(List.of(), get("/api/v1/producers/abc", 400, "application/problem+json", "{\"status\":400}", Map.of()));
    }

    @Test
    void anOperationOutsideTheContractIsAViolationUnlessRefused() {
        assertOne(get("/api/v1/secrets", 200, "application/json", "{}", Map.of()), "no such operation");
        assertEquals(List.of(), get("/api/v1/secrets", 404, "application/problem+json", "{}", Map.of()));
    }
}
