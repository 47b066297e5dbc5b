package vn.ocop.registry.producer;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.Concurrently.CALLERS;
import static vn.ocop.registry.common.Concurrently.oneWins;
import static vn.ocop.registry.common.Concurrently.send;
import static vn.ocop.registry.common.Concurrently.statuses;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.producer.ProducerApiTest.countNamed;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.ocop.registry.common.TestData;

/**
 * 50 callers at the same instant on one producer (issue 14 §3): writers holding the same ETag, and retries of one
 * creating POST with the same Idempotency-Key.
 */
@QuarkusTest
class ProducerConcurrencyTest {

    @Test
    void fiftyWritersWithOneETagOneWinsAndNothingIsLost() throws Exception {
        String name = "HTX Đua " + UUID.randomUUID();
        Map<String, Object> body = TestData.producer(TRAVINH, name);
        Response created = as(OFFICE).body(body).post("/api/v1/producers");
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        List<Response> answers = send(CALLERS, i -> {
            Map<String, Object> change = new HashMap<>(body);
            change.put("name", name + " người " + i);
            return as(OFFICE).header("If-Match", etag).body(change).put("/api/v1/producers/" + id);
        });
        Response winner = oneWins(answers, 200, 412);
        // The winner's write is the one kept, whole: no loser's name, one version step.
        as(OFFICE).get("/api/v1/producers/" + id).then().statusCode(200)
                .body("name", equalTo(winner.jsonPath().getString("name"))).body("version", equalTo(1))
                .header("ETag", "\"1\"");
    }

    @Test
    void fiftyRetriesWithOneIdempotencyKeyCreateOneProducer() throws Exception {
        String name = "HTX Gửi lại " + UUID.randomUUID();
        Map<String, Object> body = TestData.producer(TRAVINH, name);
        String key = UUID.randomUUID().toString();
        List<Response> answers = send(CALLERS, i -> as(OFFICE).header("Idempotency-Key", key).body(body)
                .post("/api/v1/producers"));
        assertEquals(Map.of(201, CALLERS), statuses(answers), "every retry gets the producer");
        assertEquals(1, answers.stream().map(a -> a.header("Location")).distinct().count());
        assertEquals(CALLERS - 1, answers.stream().filter(a -> "true".equals(a.header("Idempotent-Replayed"))).count());
        assertEquals(1, countNamed(name));
    }
}
