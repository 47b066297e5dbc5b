package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The read datasource is read-only, whether it is a replica or (as here, unconfigured) the primary again: nothing can
 * write through it. ReadReplicaAwayTest shows which paths read there.
 */
@QuarkusTest
class ReadDatabaseTest {
    @Inject
    ReadDatabase reads;
    @Inject
    ScheduledOnce once;

    @Test
    void itsSessionsAreReadOnlyTransactions() {
        assertEquals("on", reads.read(s -> s.createNativeQuery("SHOW transaction_read_only", String.class)
                .getSingleResult()));
        // Straight to the connection: the database itself refuses the write (SQLSTATE 25006), whatever Hibernate does.
        RuntimeException refused = assertThrows(RuntimeException.class, () -> reads.read(s -> s.doReturningWork(c -> {
            try (Statement insert = c.createStatement()) {
                return insert.executeUpdate("INSERT INTO scheduled_job (name, last_fire_time, last_instance, "
                        + "last_run_at) VALUES ('read-only', now(), 'test', now())");
            }
        })));
        SQLException cause = (SQLException) Stream.iterate((Throwable) refused, t -> t != null, Throwable::getCause)
                .filter(SQLException.class::isInstance).findFirst().orElseThrow(() -> refused);
        assertEquals("25006", cause.getSQLState(), cause.toString());
    }

    @Test
    void itReadsWhatThePrimaryCommitted() {
        String job = "read-back-" + System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> once.claim(job, Instant.parse("2026-03-02T23:00:00Z")));
        long rows = reads.read(s -> s.createNativeQuery("SELECT count(*) FROM scheduled_job WHERE name = :job",
                Long.class).setParameter("job", job).getSingleResult());
        assertEquals(1, rows);
    }
}
