package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every response echoes a request id (common/RequestIds): the caller's when it is safe, a new one otherwise, never a
 * hostile one; the production JSON log lines of the request carry it (the test profile writes that format to a file).
 */
@QuarkusTest
class RequestIdTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aSafeCallerIdIsEchoedOnEveryKindOfResponse() {
        String id = "Support-ticket_42.a";
        withId(id).get("/api/v1/public/products").then().statusCode(200).header(RequestIds.HEADER, id);
        withId(id).get("/api/v1/public/certificates/NO-SUCH-CODE").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).header(RequestIds.HEADER, id);
        withId(id).get("/api/v1/producers").then().statusCode(401).header(RequestIds.HEADER, id);
        as(DC_TRAVINH).header(RequestIds.HEADER, id).post("/api/v1/ocop-certificates/reminders/run").then()
                .statusCode(403).header(RequestIds.HEADER, id);
        withId(id).get("/no-such-page").then().statusCode(404).header(RequestIds.HEADER, id);
        withId(id).get("/q/health/ready").then().statusCode(200).header(RequestIds.HEADER, id);
        withId("x".repeat(64)).get("/q/health/live").then().header(RequestIds.HEADER, "x".repeat(64));
    }

    @Test
    void withoutOneTheServerMakesANewIdPerRequest() {
        String first = given().get("/api/v1/public/products").then().statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID)).extract().header(RequestIds.HEADER);
        String second = given().get("/api/v1/public/products").then().extract().header(RequestIds.HEADER);
        assertNotEquals(first, second);
    }

    @Test
    void anUnsafeIdIsReplacedNotReflected() {
        for (String hostile : List.of("x".repeat(65), "id with spaces", "<script>alert(1)</script>", "a\"b",
                "id%0d%0aSet-Cookie:x=1", "thẻ-tiếng-việt", "")) {
            Response response = withId(hostile).get("/api/v1/public/products");
            response.then().statusCode(200).header(RequestIds.HEADER, matchesPattern(UUID));
            if (!hostile.isEmpty()) {
                assertFalse(response.getHeaders().asList().stream().anyMatch(h -> h.getValue().contains(hostile)),
                        hostile + " reflected");
                assertFalse(response.asString().contains(hostile), hostile + " in the body");
            }
        }
    }

    @Test
    void theJsonLogLinesOfARequestCarryItsId() throws Exception {
        String id = "log-probe-" + System.nanoTime();
        withId(id).get(LogProbe.PATH).then().statusCode(204).header(RequestIds.HEADER, equalTo(id));
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> lines = Files.readAllLines(Path.of("target/quarkus-log.json"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(id)).map(l -> {
                    try {
                        return json.readTree(l);
                    } catch (Exception e) {
                        throw new AssertionError("not a JSON line: " + l, e);
                    }
                }).toList();
        assertEquals(1, lines.size(), "one log line of the probe request");
        JsonNode line = lines.get(0);
        assertEquals(id, line.path("mdc").path(RequestIds.MDC_KEY).asText());
        assertEquals(LogProbe.MESSAGE, line.path("message").asText());
        assertEquals("INFO", line.path("level").asText());
        assertTrue(line.hasNonNull("timestamp") && line.hasNonNull("loggerName"), line.toString());
    }

    private static RequestSpecification withId(String id) {
        return given().header(RequestIds.HEADER, id);
    }
}
