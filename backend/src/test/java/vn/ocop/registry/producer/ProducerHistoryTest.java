package vn.ocop.registry.producer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.TestData;

/** Producers' registration, changes and deletion are in the audit trail, like every other resource's. */
@QuarkusTest
class ProducerHistoryTest {
    @Inject
    AuditLog audit;

    @Test
    void registrationChangesAndDeletionAreAudited() {
        Map<String, Object> body = new HashMap<>(TestData.producer(TRAVINH, "HTX Lịch Sử"));
        Response created = as(DO_TRAVINH).body(body).post("/api/v1/producers");
        created.then().statusCode(201);
        long id = created.jsonPath().getLong("id");
        body.put("name", "HTX Lịch Sử Mới");
        String etag = as(DO_TRAVINH).header("If-Match", created.header("ETag")).body(body)
                .put("/api/v1/producers/" + id).then().statusCode(200).extract().header("ETag");
        // Saving the same content again is no change: nothing to audit, and the version stays.
        as(DO_TRAVINH).header("If-Match", etag).body(body).put("/api/v1/producers/" + id)
                .then().statusCode(200).header("ETag", etag);

        String history = "/api/v1/producers/" + id + "/history";
        as(OFFICE).get(history).then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items.actor", contains("do-travinh", "do-travinh"))
                .body("items[0].changes.name.to", equalTo("HTX Lịch Sử"))
                .body("items[0].changes.districtCode.to", equalTo(TRAVINH))
                .body("items[1].changes.keySet()", contains("name"))
                .body("items[1].changes.name.from", equalTo("HTX Lịch Sử"))
                .body("items[1].changes.name.to", equalTo("HTX Lịch Sử Mới"));
        as(PC).get(history).then().statusCode(200);
        as(DO_CAUKE).get(history).then().statusCode(403);
        as(INTEGRATOR).get(history).then().statusCode(403);

        as(OFFICE).header("If-Match", etag).delete("/api/v1/producers/" + id).then().statusCode(204);
        as(OFFICE).get(history).then().statusCode(404);
        List<AuditLog.AuditEntry> trail = audit.history(Producer.AUDIT_TYPE, id, new PageRequest(0, 10, List.of())).items();
        assertEquals(List.of("CREATED", "UPDATED", "DELETED"), trail.stream().map(AuditLog.AuditEntry::action).toList());
        AuditLog.AuditEntry deleted = trail.get(2);
        assertEquals("office", deleted.actor());
        assertEquals(Map.of("from", "HTX Lịch Sử Mới"), withoutNulls(deleted.changes().get("name")));
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> change) {
        Map<String, Object> out = new HashMap<>(change);
        out.values().removeIf(v -> v == null);
        return out;
    }
}
