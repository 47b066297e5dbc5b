package vn.ocop.registry.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.support.SupportTestData.BASE;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.ocop.registry.common.TestClock;

/** Bad input → 400 problem+json naming each bad field, and nothing stored or changed. */
@QuarkusTest
class SupportRequestValidationTest {
    private long producer;

    @BeforeEach
    void freshProducer() {
        producer = SupportTestData.producer(TRAVINH, "Cơ sở Kiểm Tra");
    }

    private Map<String, Object> valid() {
        return SupportTestData.request(producer, "PACKAGING_DESIGN", "2019-06-15");
    }

    private static long total() {
        return as(OFFICE).get(BASE).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static ValidatableResponse badRequest(ValidatableResponse r) {
        return r.statusCode(400).contentType(startsWith("application/problem+json")).body("status", equalTo(400))
                .body(not(containsString("Exception"))).body(not(containsString("\tat ")));
    }

    private static ValidatableResponse rejects(Map<String, Object> body, String field) {
        long before = total();
        ValidatableResponse r = badRequest(as(DO_TRAVINH).body(body).post(BASE).then()).body("errors.field", hasItem(field));
        assertEquals(before, total(), "nothing stored");
        return r;
    }

    @Test
    void unknownProducer() {
        Map<String, Object> body = valid();
        body.put("producerId", 987_654_321L);
        rejects(body, "producerId").body("errors.message", hasItem(containsString("unknown producer")));
    }

    @Test
    void unknownType() {
        Map<String, Object> body = valid();
        body.put("type", "MARKETING");
        rejects(body, "type").body("errors.message", hasItem(containsString("PACKAGING_DESIGN")));
    }

    @Test
    void missingOrBlankDescription() {
        Map<String, Object> body = valid();
        body.remove("description");
        rejects(body, "description");
        body.put("description", "  \n ");
        rejects(body, "description");
    }

    @Test
    void overlongDescription() {
        Map<String, Object> body = valid();
        body.put("description", "Hỗ trợ ".repeat(600));
        rejects(body, "description");
        body.put("description", "Đ".repeat(4000));
        as(DO_TRAVINH).body(body).post(BASE).then().statusCode(201);
    }

    @Test
    void futureOrPrehistoricDate() {
        Map<String, Object> body = valid();
        body.put("requestedOn", TestClock.today().plusDays(1).toString());
        rejects(body, "requestedOn").body("errors.message", hasItem(containsString("future")));
        body.put("requestedOn", "2017-12-31");
        rejects(body, "requestedOn");
        body.put("requestedOn", "2019-13-01");
        rejects(body, "requestedOn");
    }

    @Test
    void everyMissingFieldIsNamed() {
        long before = total();
        badRequest(as(OFFICE).body(Map.of()).post(BASE).then())
                .body("errors.field", hasItem("producerId")).body("errors.field", hasItem("type"))
                .body("errors.field", hasItem("description")).body("errors.field", hasItem("requestedOn"));
        badRequest(as(OFFICE).body("").post(BASE).then());
        badRequest(as(OFFICE).body("{\"producerId\":").post(BASE).then()).body("title", equalTo("Malformed JSON"));
        badRequest(as(OFFICE).body("{\"producerId\":\"abc\"}").post(BASE).then()).body("errors.field", hasItem("producerId"));
        assertEquals(before, total());
    }

    @Test
    void unknownProducerAndFutureDateAreReportedTogether() {
        Map<String, Object> body = valid();
        body.put("producerId", 987_654_321L);
        body.put("requestedOn", "2999-01-01");
        rejects(body, "producerId").body("errors.field", hasItem("requestedOn"));
    }

    @Test
    void badUpdateChangesNothing() {
        var created = as(OFFICE).body(valid()).post(BASE);
        long id = created.jsonPath().getLong("id");
        Map<String, Object> body = valid();
        body.put("requestedOn", "2999-01-01");
        badRequest(as(OFFICE).header("If-Match", created.header("ETag")).body(body).put(BASE + "/" + id).then())
                .body("errors.field", hasItem("requestedOn"));
        body = valid();
        body.put("producerId", 987_654_321L);
        badRequest(as(OFFICE).header("If-Match", created.header("ETag")).body(body).put(BASE + "/" + id).then())
                .body("errors.field", hasItem("producerId"));
        as(OFFICE).get(BASE + "/" + id).then().body("version", equalTo(0)).body("requestedOn", equalTo("2019-06-15"))
                .body("producerId", equalTo((int) producer));
    }

    @Test
    void rejectionNeedsANoteAndNotesHaveALimit() {
        long id = SupportTestData.requestIn(TRAVINH);
        badRequest(SupportTestData.act(OFFICE, id, "reject", null).then()).body("errors.field", hasItem("note"));
        badRequest(SupportTestData.act(OFFICE, id, "reject", "   ").then()).body("errors.field", hasItem("note"));
        badRequest(as(OFFICE).post(BASE + "/" + id + "/reject").then()).body("errors.field", hasItem("note"));
        badRequest(SupportTestData.act(OFFICE, id, "approve", "x".repeat(2001)).then()).body("errors.field", hasItem("note"));
        as(OFFICE).get(BASE + "/" + id).then().body("status", equalTo("REQUESTED")).body("version", equalTo(0))
                .body("steps.size()", equalTo(1));
    }

    @ParameterizedTest
    @CsvSource({"type, X", "status, OPEN", "year, abc", "year, 1999", "producerId, abc", "producerId, 0",
            "sort, description", "page, -1", "size, 201"})
    void badListParameters(String param, String value) {
        badRequest(as(OFFICE).queryParam(param, value).get(BASE).then()).body("errors.field", hasItem(param));
    }

    @ParameterizedTest
    @CsvSource({"year, abc", "year, 20190"})
    void badSummaryParameters(String param, String value) {
        badRequest(as(OFFICE).queryParam(param, value).get(BASE + "/summary").then()).body("errors.field", hasItem(param));
    }
}
