package vn.ocop.registry.support;

import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import vn.ocop.registry.common.TestData;

/** Producers and support requests made by the office, to be acted on by the caller under test. */
public final class SupportTestData {
    static final String BASE = "/api/v1/support-requests";

    private SupportTestData() {
    }

    static long producer(String district, String name) {
        return as(OFFICE).body(TestData.producer(district, name + " " + UUID.randomUUID())).post("/api/v1/producers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> request(long producerId, String type, String requestedOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("producerId", producerId);
        body.put("type", type);
        body.put("description", "Hỗ trợ thiết kế bao bì, nhãn mác cho sản phẩm Chả hoa");
        body.put("requestedOn", requestedOn);
        return body;
    }

    static Response create(String user, Map<String, Object> body) {
        return as(user).body(body).post(BASE);
    }

    /** A request of a fresh producer in {@code district}, moved by the office through {@code actions}. */
    static long requestIn(String district, String... actions) {
        long id = create(OFFICE, request(producer(district, "Cơ sở Hỗ Trợ"), "TRAINING", "2019-05-20"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (String action : actions) {
            act(OFFICE, id, action, "Bước " + action).then().statusCode(200);
        }
        return id;
    }

    static Response act(String user, long id, String action, String note) {
        return as(user).body(note == null ? Map.of() : Map.of("note", note)).post(BASE + "/" + id + "/" + action);
    }

    static String status(long id) {
        return as(OFFICE).get(BASE + "/" + id).then().statusCode(200).extract().jsonPath().getString("status");
    }
}
