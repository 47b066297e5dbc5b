package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.contract.Contract;
import vn.ocop.registry.product.ProductFixtures;

/**
 * The trails (audit_event, change_event, support_request_step) are append-only: no endpoint of the contract changes
 * them except by recording an event; the application's database role may not UPDATE, DELETE or TRUNCATE them (V166's
 * grants), nor alter, drop or switch off anything (it owns nothing); and the owner that Flyway migrates as is refused
 * by V140's triggers — each tried here for real, through the application's datasource and as the owner.
 */
@QuarkusTest
class AppendOnlyTrailsTest {
    /** Everything a table holds, in one value: a refused statement must leave it exactly as it was. */
    private static final String CHECKSUM = "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t.id)), '') "
            + "FROM %s t";

    private static final String[] TRAIL_CHANGES = {
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
    };

    @Inject
    EntityManager em;

    /**
     * The application's role lacks the privilege: refused before any trigger runs — but for an UPDATE that sets
     * change_event's seq alone (the numbering at commit needs that column), which V140's trigger refuses.
     */
    @ParameterizedTest
    @FieldSource("TRAIL_CHANGES")
    void theApplicationsRoleCannotChangeATrail(String sql) {
        String table = table(sql);
        haveRows();
        String before = checksum(table);
        PersistenceException e = assertThrows(PersistenceException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()), sql);
        String refusal = sql.matches("UPDATE change_event SET seq = .*")
                ? table + " is append-only"
                : "permission denied for table " + table;
        assertTrue(rootMessage(e).contains(refusal), rootMessage(e));
        assertEquals(before, checksum(table), "unchanged: " + table);
    }

    /** The owner has every privilege on its tables, and V140's triggers refuse it all the same. */
    @ParameterizedTest
    @FieldSource("TRAIL_CHANGES")
    void theOwnerCannotChangeATrailEither(String sql) throws SQLException {
        String table = table(sql);
        haveRows();
        String before = checksum(table);
        try (Connection owner = ownerConnection(); Statement statement = owner.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> statement.executeUpdate(sql), sql);
            assertTrue(e.getMessage().contains(table + " is append-only"), e.getMessage());
        }
        assertEquals(before, checksum(table), "unchanged: " + table);
    }

    /**
     * What could get round the triggers — altering, dropping or disabling them, replica mode, new objects, the
     * migrations' history — is refused to the application's role (SQLSTATE 42501), which is no superuser, owns no
     * table and may read and write the rows of every other table.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only",
            "ALTER TABLE change_event DISABLE TRIGGER ALL",
            "DROP TRIGGER support_request_step_append_only ON support_request_step",
            "DROP TABLE audit_event",
            "ALTER TABLE audit_event RENAME TO audit_event_old",
            "CREATE OR REPLACE FUNCTION refuse_trail_change() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$",
            "SET session_replication_role = replica",
            "CREATE TABLE audit_event_copy (id bigint)",
            "TRUNCATE rate_limit_window",
            "DELETE FROM flyway_schema_history WHERE false",
    })
    void theApplicationsRoleCannotGetRoundTheTriggers(String sql) {
        PersistenceException e = assertThrows(PersistenceException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(sql).executeUpdate()), sql);
        Throwable root = root(e);
        assertEquals("42501", ((SQLException) root).getSQLState(), sql + ": " + root.getMessage());
    }

    @Test
    void theApplicationsRoleOwnsNothingAndWritesEveryTablesRows() {
        Object[] role = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery("""
                SELECT current_user::text, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
                       (SELECT count(*) FROM pg_class c WHERE pg_get_userbyid(c.relowner) = current_user)::int,
                       (SELECT string_agg(c.relname, ', ' ORDER BY c.relname) FROM pg_class c
                        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
                          AND c.relname <> 'flyway_schema_history' AND NOT has_table_privilege(c.oid, 'SELECT, INSERT'))
                FROM pg_roles r WHERE r.rolname = current_user""").getSingleResult());
        String owner = ConfigProvider.getConfig().getValue("quarkus.flyway.username", String.class);
        assertTrue(!role[0].equals(owner), "the application runs as " + role[0] + ", the owner");
        assertEquals(List.of(false, false, false, false), List.of(role[1], role[2], role[3], role[4]),
                "superuser, createrole, createdb, bypassrls of " + role[0]);
        assertEquals(0, role[5], "relations owned by " + role[0]);
        assertEquals(null, role[6], "tables " + role[0] + " may not read or write");
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

    private static String table(String sql) {
        return sql.replaceAll("^(UPDATE|DELETE FROM|TRUNCATE) (\\w+).*$", "$2");
    }

    /** A connection as the schema's owner, the role Flyway migrates as. */
    private static Connection ownerConnection() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
    }

    private String checksum(String table) {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery(CHECKSUM.formatted(table)).getSingleResult());
    }

    private static Throwable root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String rootMessage(Throwable e) {
        return root(e).getMessage();
    }
}
