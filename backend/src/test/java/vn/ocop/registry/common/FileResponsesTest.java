package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every file a successful response carries, as the served OpenAPI document lists them, is declared as bytes
 * with its Content-Disposition, so that generated clients keep it; and every export sends that header.
 */
@QuarkusTest
class FileResponsesTest {

    private static boolean isDocument(String mediaType) {
        return mediaType.startsWith("application/json") || mediaType.contains("+json") || mediaType.startsWith("text/html");
    }

    @Test
    void everyFileIsBinaryWithContentDisposition() {
        List<String> failures = new ArrayList<>();
        List<String> files = new ArrayList<>();
        for (ServedContract.Operation op : ServedContract.operations()) {
            for (Map.Entry<String, JsonNode> response : iterable(op.spec().path("responses"))) {
                if (!response.getKey().startsWith("2")) {
                    continue;
                }
                boolean file = false;
                for (Map.Entry<String, JsonNode> content : iterable(response.getValue().path("content"))) {
                    if (isDocument(content.getKey())) {
                        continue;
                    }
                    file = true;
                    files.add(op + " " + content.getKey());
                    JsonNode schema = content.getValue().path("schema");
                    if (!"string".equals(schema.path("type").asText()) || !"binary".equals(schema.path("format").asText())) {
                        failures.add(op + " " + content.getKey() + ": schema " + schema);
                    }
                }
                if (file && response.getValue().path("headers").path("Content-Disposition").isMissingNode()) {
                    failures.add(op + " " + response.getKey() + ": no Content-Disposition");
                }
            }
        }
        assertTrue(files.size() >= 15, "files in the contract: " + files);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void everyExportSendsItsFileName() {
        List<String> failures = new ArrayList<>();
        int exports = 0;
        for (ServedContract.Operation op : ServedContract.operations()) {
            if (!op.path().endsWith("/export") || op.path().contains("{")) {
                continue;
            }
            exports++;
            for (String format : List.of("XLSX", "CSV")) {
                var request = as(OFFICE).queryParam("format", format);
                boolean yearly = op.spec().path("parameters").findValuesAsText("name").contains("year");
                Response r = (yearly ? request.queryParam("year", 2019) : request).get(op.path());
                String disposition = r.header("Content-Disposition");
                if (r.statusCode() != 200 || disposition == null
                        || !disposition.matches("attachment; filename=\"[a-z0-9-]+\\." + format.toLowerCase() + "\"")) {
                    failures.add(op + " " + format + ": " + r.statusCode() + " " + disposition);
                }
            }
        }
        assertTrue(exports >= 5, "exports: " + exports);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
        return object::fields;
    }
}
