package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** Which failures are the database being away (503, retry) and which are not (a bug, or a conflict with the data). */
class DatabaseUnavailableTest {
    private static SQLException state(String sqlState) {
        return new SQLException("from the driver", sqlState);
    }

    @Test
    void connectionLossShutdownAndFullDiskAreUnavailable() {
        for (String s : new String[]{"08001", "08006", "57P01", "57P02", "57P03", "53100", "53200", "53300"}) {
            assertTrue(DatabaseUnavailable.in(state(s)), s);
        }
        assertTrue(DatabaseUnavailable.in(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void foundUnderTheWrappersOfHibernateAndTheTransactionManager() {
        PersistenceException wrapped = new PersistenceException("could not execute statement",
                new IllegalStateException("Rate limit counter unavailable", state("08006")));
        assertTrue(DatabaseUnavailable.in(new RuntimeException(wrapped)));
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(state("57P01"));
        assertTrue(DatabaseUnavailable.in(rollback));
    }

    @Test
    void constraintsBugsAndCancellationsAreNot() {
        for (String s : new String[]{"23505", "23503", "40001", "40P01", "42P01", "57014", "22001"}) {
            assertFalse(DatabaseUnavailable.in(new PersistenceException(state(s))), s);
        }
        assertFalse(DatabaseUnavailable.in(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.in(new NullPointerException()));
    }
}
