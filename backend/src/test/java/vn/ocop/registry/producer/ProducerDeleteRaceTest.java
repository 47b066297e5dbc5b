package vn.ocop.registry.producer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.ocop.registry.common.TestData;

/**
 * A deletion that loses the race with a concurrent change of the same version is a 412, as a stale If-Match
 * is everywhere, not a 409 "still has products".
 */
@QuarkusTest
class ProducerDeleteRaceTest {
    @Inject
    AgroalDataSource db;

    @Test
    void aDeleteOvertakenByAConcurrentChangeIs412() throws Exception {
        Response created = as(OFFICE).body(TestData.producer(TRAVINH, "Cơ sở Tranh Chấp")).post("/api/v1/producers");
        long id = created.jsonPath().getLong("id");
        String etag = created.header("ETag");
        try (Connection other = db.getConnection()) {
            // Another writer changes the row and holds its lock until the delete, which read version 0, waits on it.
            other.setAutoCommit(false);
            try (PreparedStatement change = other.prepareStatement(
                    "update producer set version = version + 1, name = 'Cơ sở Tranh Chấp (đổi)' where id = ?")) {
                change.setLong(1, id);
                change.executeUpdate();
            }
            CompletableFuture<Response> delete = CompletableFuture.supplyAsync(
                    () -> as(OFFICE).header("If-Match", etag).delete("/api/v1/producers/" + id));
            awaitBlockedOnLock(delete);
            other.commit();
            delete.get().then().statusCode(412).contentType(startsWith("application/problem+json"))
                    .body("status", equalTo(412));
        }
        as(OFFICE).get("/api/v1/producers/" + id).then().statusCode(200)
                .body("name", equalTo("Cơ sở Tranh Chấp (đổi)")).body("version", equalTo(1));
    }

    private void awaitBlockedOnLock(CompletableFuture<Response> delete) throws Exception {
        long until = System.nanoTime() + 60_000_000_000L;
        try (Connection c = db.getConnection();
                PreparedStatement waiting = c.prepareStatement(
                        "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")) {
            while (System.nanoTime() < until && !delete.isDone()) {
                try (ResultSet r = waiting.executeQuery()) {
                    r.next();
                    if (r.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        assertTrue(false, "the delete never waited for the concurrent change (done: " + delete.isDone() + ")");
    }
}
