package vn.ocop.registry.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts requests per caller in fixed windows of the province clock, in PostgreSQL, so that every backend instance
 * sees the same count: one upsert per request. Plain JDBC, outside the request's transaction and Hibernate (whose
 * statement counts the query-count tests check). Windows that have ended are deleted by the first request of a new
 * window on each instance.
 */
@ApplicationScoped
public class RateLimiter {
    private static final String COUNT = """
            INSERT INTO rate_limit_window AS w (caller, window_start, requests) VALUES (?, ?, 1)
            ON CONFLICT (caller, window_start) DO UPDATE SET requests = w.requests + 1
            RETURNING w.requests""";
    private static final String CLEAN = "DELETE FROM rate_limit_window WHERE window_start < ?";

    @Inject
    DataSource dataSource;
    @Inject
    ProvinceClock clock;
    @Inject
    RateLimits limits;

    private final AtomicReference<Instant> cleanedBefore = new AtomicReference<>(Instant.EPOCH);

    /** Counts a request of the integrator client {@code clientId}; see {@link #count}. */
    public OptionalLong client(String clientId) {
        return count("client:" + clientId, limits.ofClient(clientId));
    }

    /** Counts a request of an anonymous caller from {@code address}; see {@link #count}. */
    public OptionalLong anonymous(String address) {
        return count("ip:" + address, limits.anonymousRequests());
    }

    public Duration window() {
        return limits.window();
    }

    /**
     * Counts a request of {@code caller} against {@code limit} requests per window: empty while within it, else the
     * seconds until the window ends (at least 1), for Retry-After.
     */
    private OptionalLong count(String caller, int limit) {
        Duration window = limits.window();
        Instant now = clock.now();
        Instant start = windowStart(now, window);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!start.equals(cleanedBefore.getAndSet(start))) {
                try (PreparedStatement clean = c.prepareStatement(CLEAN)) {
                    clean.setTimestamp(1, Timestamp.from(start));
                    clean.executeUpdate();
                }
            }
            try (PreparedStatement count = c.prepareStatement(COUNT)) {
                count.setString(1, caller);
                count.setTimestamp(2, Timestamp.from(start));
                try (ResultSet r = count.executeQuery()) {
                    r.next();
                    return r.getInt(1) <= limit ? OptionalLong.empty() : OptionalLong.of(retryAfter(now, start, window));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rate limit counter unavailable", e);
        }
    }

    /** The start of the fixed window {@code now} falls in: windows are aligned on the epoch. */
    static Instant windowStart(Instant now, Duration window) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }

    /** Whole seconds until the window ends, rounded up, at least 1. */
    static long retryAfter(Instant now, Instant start, Duration window) {
        long millis = Duration.between(now, start.plus(window)).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
