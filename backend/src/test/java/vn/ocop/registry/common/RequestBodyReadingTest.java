package vn.ocop.registry.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * The cases of issue 8 §6 for request bodies, and those HostileInputTest's generator found in issue 14, each once by
 * name (the generator sweeps them everywhere).
 */
@QuarkusTest
class RequestBodyReadingTest {
    private static final String NUL = "Chả\u0000hoa";
    private static final String SINGLE_LINE = "must not contain control characters (line breaks and tabs included)";

    private static ValidatableResponse refused(ValidatableResponse r, String field, String message) {
        return r.statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains(field)).body("errors.message", contains(message));
    }

    private static long producer() {
        return as(OFFICE).body(TestData.producer(TRAVINH, "Cơ sở Đọc Thân " + UUID.randomUUID())).post("/api/v1/producers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> supportRequest(long producerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("producerId", producerId);
        body.put("type", "TRAINING");
        body.put("description", "Tập huấn quản lý chất lượng");
        body.put("requestedOn", "2019-06-15");
        return body;
    }

    @Test
    void nulInAStringFieldIsA400NamingTheField() {
        Map<String, Object> support = supportRequest(producer());
        support.put("description", NUL);
        refused(as(OFFICE).body(support).post("/api/v1/support-requests").then(), "description",
                "must not contain control characters other than line breaks and tabs");
        refused(as(OFFICE).body(Map.of("name", NUL)).post("/api/v1/products").then(), "name", SINGLE_LINE);
        refused(as(OFFICE).body(Map.of("number", NUL)).post("/api/v1/sales-contracts").then(), "number", SINGLE_LINE);
        refused(as(OFFICE).body(Map.of("name", NUL)).post("/api/v1/trade-events").then(), "name", SINGLE_LINE);
        refused(as(DC_TRAVINH).header("If-Match", "\"0\"").body(Map.of("comment", NUL)).put("/api/v1/score-sheets/1")
                .then(), "comment", "must not contain control characters other than line breaks and tabs");
    }

    @Test
    void aNumberBeyondInt64IsA400NamingTheField() {
        String body = "{\"producerId\": 99999999999999999999999, \"type\": \"TRAINING\", \"description\": \"Tập huấn\","
                + " \"requestedOn\": \"2019-06-15\"}";
        refused(as(OFFICE).body(body).post("/api/v1/support-requests").then(), "producerId",
                "must be a whole number between -9223372036854775808 and 9223372036854775807");
        refused(as(OFFICE).body(body.replace("99999999999999999999999", "1e400")).post("/api/v1/support-requests")
                .then(), "producerId", "must be a whole number");
    }

    @Test
    void aScalarOfTheWrongTypeIsNotCoerced() {
        Map<String, Object> producer = new HashMap<>(TestData.producer(TRAVINH, "x"));
        producer.put("name", true);
        refused(as(OFFICE).body(producer).post("/api/v1/producers").then(), "name", "must be a string");
        Map<String, Object> support = supportRequest(producer());
        support.put("producerId", String.valueOf(support.get("producerId")));
        refused(as(OFFICE).body(support).post("/api/v1/support-requests").then(), "producerId", "must be a whole number");
    }

    @Test
    void aDateFieldTakesADateOnly() {
        long producerId = producer();
        for (String notADate : new String[]{"2019-12-20T10:00:00", "-0001-01-01", "+10000-01-01"}) {
            Map<String, Object> support = supportRequest(producerId);
            support.put("requestedOn", notADate);
            refused(as(OFFICE).body(support).post("/api/v1/support-requests").then(), "requestedOn",
                    "must be a date like 2019-12-31");
            refused(as(OFFICE).queryParam("date", notADate).get("/api/v1/admin-units").then(), "date",
                    "must be a date like 2019-12-31");
        }
    }

    /** Issue 14: a multipart body whose boundary is not the declared one, or empty, was a 500. */
    @Test
    void aMultipartBodyWithAnotherBoundaryIsA400() {
        byte[] body = ("--real\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
                + "Content-Type: image/png\r\n\r\nx\r\n--real--\r\n").getBytes(StandardCharsets.UTF_8);
        for (String type : new String[]{"multipart/form-data; boundary=other", "multipart/form-data; boundary="}) {
            as(OFFICE).contentType(type).body(body).post("/api/v1/products/1/photos").then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("title", equalTo("Malformed multipart body"));
        }
    }

    /** Issue 14: a body beyond the 10 MiB limit had a bare 413 (no problem), or no answer when the connection closed. */
    @Test
    void aBodyBeyondTheLimitIsA413Problem() {
        byte[] body = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        as(OFFICE).body(body).post("/api/v1/producers").then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(413));
    }

    /**
     * A 2.5 MB score sheet of 41,415 invalid parts (within the byte limit) ran the JVM out of heap while its 165,000
     * violations were reported: a 500. A body is read up to RequestBodyMapper.MAX_VALUES JSON values; beyond, a 413.
     */
    @Test
    void aBodyOfTooManyValuesIsA413ProblemBeforeItIsValidated() {
        String part = "{\"code\":\"\",\"title\":\"\",\"maxPoints\":1000,\"criteria\":[]}";
        String body = "{\"sheet\":{\"number\":1,\"name\":\"n\"},\"parts\":["
                + String.join(",", java.util.Collections.nCopies(41_415, part)) + "]}";
        as(OFFICE).header("If-Match", "\"1\"").body(body).put("/api/v1/rubric-sheets/1").then().log().ifValidationFails()
                .statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("The request body holds more JSON values than this API reads: at most "
                        + RequestBodyMapper.MAX_VALUES + ", nested at most 1000 levels deep"));
        String deep = "{\"unknown\":" + "[".repeat(1_001) + "]".repeat(1_001) + "}";
        as(OFFICE).body(deep).post("/api/v1/producers").then().statusCode(413)
                .contentType(startsWith("application/problem+json"));
    }

    /**
     * A list beyond its field's @Size is refused as it is read: one error, its items never validated (35,500 invalid
     * notes kept Hibernate Validator busy for minutes, collecting their violations in n² comparisons).
     */
    @Test
    void aListBeyondItsSizeIsOneErrorAndItsItemsAreNotValidated() {
        String part = "{\"code\":\"\",\"title\":\"\",\"maxPoints\":1000,\"criteria\":[]}";
        String body = "{\"sheet\":{\"number\":1,\"name\":\"n\"},\"parts\":["
                + String.join(",", java.util.Collections.nCopies(1_500, part)) + "]}";
        refused(as(OFFICE).header("If-Match", "\"1\"").body(body).put("/api/v1/rubric-sheets/1").then(), "parts",
                "size must be between 0 and 10");
    }

    @Test
    void zeroWidthCharactersAreNotStoredAndTextIsComposed() {
        String marker = UUID.randomUUID().toString();
        // "Chả Hoa" typed decomposed (a + U+0309), with a zero-width space, joiner and byte order mark inside.
        Map<String, Object> body = new HashMap<>(TestData.producer(TRAVINH,
                "\uFEFFHợp tác xã Cha\u0309\u200B Hoa\u200D " + marker));
        long id = as(OFFICE).body(body).post("/api/v1/producers").then().statusCode(201)
                .body("name", equalTo("Hợp tác xã Chả Hoa " + marker)).extract().jsonPath().getLong("id");
        as(OFFICE).get("/api/v1/producers/" + id).then().statusCode(200)
                .body("name", equalTo("Hợp tác xã Chả Hoa " + marker));
    }

    @Test
    void bytesThatAreNotUtf8AreA400() throws Exception {
        // What a lenient decoder makes of bad bytes: U+FFFD, refused rather than stored.
        refused(as(OFFICE).body(TestData.producer(TRAVINH, "Ch\uFFFD hoa " + UUID.randomUUID())).post("/api/v1/producers")
                .then(), "name", "must be valid UTF-8 text (contains U+FFFD, the replacement character)");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String producer = new ObjectMapper().writeValueAsString(TestData.producer(TRAVINH, "@@name@@"));
        body.write(producer.substring(0, producer.indexOf("@@name@@")).getBytes(StandardCharsets.UTF_8));
        body.write(new byte[]{'C', 'h', (byte) 0xE1, (byte) 0xBA, '(', (byte) 0xFF, ' ', 'h', 'o', 'a'});
        body.write(producer.substring(producer.indexOf("@@name@@") + 8).getBytes(StandardCharsets.UTF_8));
        as(OFFICE).body(body.toByteArray()).post("/api/v1/producers").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        // Bytes that the parser's encoding detection takes for UTF-32, with a character beyond U+10FFFF.
        as(OFFICE).body(new byte[]{0, 0, 0, '{', 0, 0, 0, '"', 0x7F, -1, -1, -1, 0, 0, 0, '"'}).post("/api/v1/producers")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }
}
