package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.contract.Contract;
import vn.ocop.registry.product.ProductFixtures;

/**
 * The trails (audit_event, change_event, support_request_step) are append-only: no endpoint of the contract changes
 * them except by recording an event, and the application's own database role cannot UPDATE, DELETE or TRUNCATE them
 * (V140's triggers, which bind the owner too) — tried here through the application's datasource.
 */
@QuarkusTest
class AppendOnlyTrailsTest {
    /** Everything a table holds, in one value: a refused statement must leave it exactly as it was. */
    private static final String CHECKSUM = "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') "
            + "FROM %s t";

    @Inject
    EntityManager em;

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE audit_event SET actor = 'someone-else' WHERE id = (SELECT max(id) FROM audit_event)",
            "UPDATE audit_event SET note = note",
            "DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
            "UPDATE change_event SET seq = seq + 1000000 WHERE seq = (SELECT max(seq) FROM change_event)",
            "UPDATE change_event SET actor = 'someone-else' WHERE seq IS NOT NULL",
            "UPDATE change_event SET seq = NULL WHERE seq = (SELECT max(seq) FROM change_event)",
            "DELETE FROM change_event WHERE seq = (SELECT max(seq) FROM change_event)",
            "TRUNCATE change_event",
            "UPDATE support_request_step SET note = 'sửa' WHERE id = (SELECT max(id) FROM support_request_step)",
            "DELETE FROM support_request_step",
            "TRUNCATE support_request_step CASCADE",
    })
    void theApplicationsRoleCannotChangeATrail(String sql) {
        String table = sql.replaceAll("^(UPDATE|DELETE FROM|TRUNCATE) (\\w+).*$", "$2");
        haveRows();
        String before = checksum(table);
        PersistenceException e = assertThrows(PersistenceException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()), sql);
        assertTrue(rootMessage(e).contains(table + " is append-only"), rootMessage(e));
        assertEquals(before, checksum(table), "unchanged: " + table);
    }

    /** The feed's numbering at commit (seq NULL → a number) still passes: a new change gets its seq. */
    @Test
    void theFeedIsStillNumberedAtCommit() {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở " + TestData.marker());
        Number seq = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "SELECT max(seq) FROM change_event WHERE resource_type = 'PRODUCER' AND resource_id = :id")
                .setParameter("id", producer).getSingleResult());
        assertTrue(seq != null && seq.longValue() > 0, "numbered: " + seq);
    }

    /** No operation of the contract on a trail (a history, the change feed, an audit path) does anything but read. */
    @Test
    void theContractOnlyReadsTrails() {
        List<String> trails = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        Contract.committed().document().path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().matches(".*/(history|changes|audit[\\w-]*)(/.*)?$")) {
                trails.add(path.getKey());
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (List.of("put", "patch", "delete", "post").contains(method)) {
                        writes.add(method.toUpperCase() + " " + path.getKey());
                    }
                });
            }
        });
        assertTrue(trails.contains("/api/v1/changes") && trails.contains("/api/v1/producers/{id}/history"), "" + trails);
        assertEquals(List.of(), writes, "writes on a trail");
    }

    /** At least one row in each trail, so that each statement has something to refuse. */
    private void haveRows() {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở " + TestData.marker());
        as(OFFICE).body(Map.of("producerId", producer, "type", "TRAINING", "description", "Tập huấn " + TestData.marker(),
                "requestedOn", "2019-06-15")).post("/api/v1/support-requests").then().statusCode(201);
    }

    private String checksum(String table) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery(CHECKSUM.formatted(table)).getSingleResult());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
