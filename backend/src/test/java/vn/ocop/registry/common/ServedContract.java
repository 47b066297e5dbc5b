package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The operations of the OpenAPI document the server serves, for tests that sweep the whole API. */
public final class ServedContract {
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    /** One operation: its path template, lower-case HTTP method and OpenAPI object. */
    public record Operation(String path, String method, JsonNode spec) {
        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }

        /** The names of its path parameters whose schema is an integer. */
        public List<String> numericPathParameters() {
            List<String> names = new ArrayList<>();
            for (JsonNode p : spec.path("parameters")) {
                if ("path".equals(p.path("in").asText()) && "integer".equals(p.path("schema").path("type").asText())) {
                    names.add(p.path("name").asText());
                }
            }
            return names;
        }

        /** Its query parameters by name, in the contract's order. */
        public Map<String, JsonNode> queryParameters() {
            Map<String, JsonNode> query = new LinkedHashMap<>();
            for (JsonNode p : spec.path("parameters")) {
                if ("query".equals(p.path("in").asText())) {
                    query.put(p.path("name").asText(), p);
                }
            }
            return query;
        }

        /** The media types of its request body. */
        public List<String> requestMediaTypes() {
            List<String> types = new ArrayList<>();
            spec.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
            return types;
        }
    }

    /**
     * {@code request} with a body of the operation's kind that cannot be read (a JSON array where an object is due,
     * an empty file part), so a write fails before it changes anything.
     */
    public static RequestSpecification withUnreadableBody(Operation op, RequestSpecification request) {
        if (op.requestMediaTypes().contains("multipart/form-data")) {
            return request.contentType("multipart/form-data").multiPart("file", "empty.txt", new byte[0]);
        }
        return op.requestMediaTypes().isEmpty() ? request : request.body("[[[");
    }

    private ServedContract() {
    }

    /** The path with its {@code {…}} parameters filled from the first row of the parent list, when there is one. */
    public static String concrete(String path) {
        int brace = path.indexOf('{');
        if (brace < 0) {
            return path;
        }
        String parent = path.substring(0, brace - 1);
        String param = path.substring(brace + 1, path.indexOf('}'));
        Response r = TestUsers.as(TestUsers.OFFICE).queryParam("size", 1).get(parent);
        String value = "1";
        if (r.statusCode() == 200 && r.contentType().startsWith("application/json")) {
            Object first = r.jsonPath().get("items[0]." + ("id".equals(param) || "code".equals(param) ? param : "id"));
            if (first == null) {
                first = r.jsonPath().get("items[0].code");
            }
            value = first == null ? value : first.toString();
        }
        return concrete(path.replace("{" + param + "}", value));
    }

    public static JsonNode document() {
        try {
            return new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                    .statusCode(200).extract().asString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Operation> operations() {
        return operations(document());
    }

    /** The operations of an already fetched document, path by path, in the order get, post, put, patch, delete. */
    public static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    operations.add(new Operation(path.getKey(), method, path.getValue().path(method)));
                }
            }
        }
        return operations;
    }
}
