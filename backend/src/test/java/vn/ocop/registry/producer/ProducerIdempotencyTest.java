package vn.ocop.registry.producer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.producer.ProducerApiTest.countNamed;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.ocop.registry.common.TestData;

/** POST /producers with an Idempotency-Key: a retry returns the first result and stores no second row. */
@QuarkusTest
class ProducerIdempotencyTest {

    @Test
    void sameKeyAndBodyReplaysTheFirstResult() {
        String name = "Hợp tác xã Gạo Long Hiệp " + UUID.randomUUID();
        Map<String, Object> body = TestData.producer(TRAVINH, name);
        String key = UUID.randomUUID().toString();
        Response first = as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post("/api/v1/producers");
        first.then().statusCode(201).header("Idempotent-Replayed", equalTo(null));
        Response replay = as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post("/api/v1/producers");
        replay.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).header("ETag", first.header("ETag"));
        assertEquals(first.jsonPath().getMap(""), replay.jsonPath().getMap(""));
        assertEquals(1, countNamed(name));
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        String name = "Cơ sở Tôm Khô " + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(TestData.producer(TRAVINH, name));
        String key = UUID.randomUUID().toString();
        as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post("/api/v1/producers").then().statusCode(201);
        body.put("name", name + " (sửa)");
        as(DO_TRAVINH).header("Idempotency-Key", key).body(body).post("/api/v1/producers").then().statusCode(422)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(422));
        assertEquals(1, countNamed(name));
        assertEquals(0, countNamed(name + " (sửa)"));
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        String name = "Cơ sở Kẹo Đậu Phộng " + UUID.randomUUID();
        as(OFFICE).body(TestData.producer(TRAVINH, name)).post("/api/v1/producers").then().statusCode(201);
        as(OFFICE).body(TestData.producer(TRAVINH, name)).post("/api/v1/producers").then().statusCode(201);
        assertEquals(2, countNamed(name));
    }

    @Test
    void anOverlongKeyIsABadRequest() {
        String name = "Cơ sở Bánh Bao chỉ " + UUID.randomUUID();
        as(OFFICE).header("Idempotency-Key", "k".repeat(201)).body(TestData.producer(TRAVINH, name))
                .post("/api/v1/producers").then().statusCode(400).contentType(startsWith("application/problem+json"));
        assertEquals(0, countNamed(name));
    }
}
