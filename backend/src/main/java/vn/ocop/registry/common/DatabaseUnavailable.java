package vn.ocop.registry.common;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a failure means the database cannot serve right now (down, restarting, unreachable, out of disk or
 * connections) rather than that the request was wrong: such a request is answered 503 with Retry-After, and its
 * transaction was rolled back, so a retry is safe.
 */
public final class DatabaseUnavailable {
    /** Seconds a client should wait before retrying; a restart of PostgreSQL takes a few. */
    public static final long RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    /**
     * SQLSTATE classes 08 (connection exception) and 53 (insufficient resources: 53100 disk full, 53200 out of
     * memory, 53300 too many connections), 57P01–57P03 (shut down, crashed, not yet accepting connections), or the
     * pool's timeout waiting for a connection; anywhere in the causes, since Hibernate and the transaction manager wrap
     * the driver's exception.
     */
    public static boolean in(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        return in(failure, seen);
    }

    private static boolean in(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLException sql && unavailable(sql)) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (in(s, seen)) {
                return true;
            }
        }
        return in(t.getCause(), seen);
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.startsWith("53") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03");
        }
        // Agroal's own timeouts carry no SQLSTATE.
        return e.getMessage() != null && e.getMessage().startsWith("Acquisition timeout");
    }
}
