package vn.ocop.registry.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR_PARTNER;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;

/**
 * Rate limits with low ones set for this class alone (the other tests run far below the defaults of the test
 * profile): per integrator client by its token's client id, with a per-client override; per anonymous IP, the
 * forwarded one since this profile trusts the proxy's headers; staff not limited. The clock is pinned, so each
 * test starts at a known point of a window of its own and moves to the next.
 */
@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** A window start far from any other test's clock: no count of theirs shares it. */
    private static final Instant START = Instant.parse("2031-03-01T00:00:00Z");
    private static final String LIST = "/api/v1/partners";
    private static final String PUBLIC = "/api/v1/public/products";

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // %test. keys, as application.properties sets the test profile's own (higher) limits that way.
            return Map.of("%test.ocop.rate-limit.client-requests", "3",
                    "%test.ocop.rate-limit.anonymous-requests", "2",
                    "ocop.rate-limit.clients.\"ocop-integrator-partner-demo\"", "5",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @Inject
    DataSource dataSource;

    @BeforeEach
    void freshWindow() throws SQLException {
        update("DELETE FROM rate_limit_window WHERE window_start >= ?", START);
        TestClock.pin(START.plusSeconds(10));
    }

    @AfterEach
    void release() {
        TestClock.release();
    }

    @Test
    void anIntegratorClientBeyondItsLimitGets429WithAProblemAndRetryAfterWhileOthersGoOn() {
        for (int i = 0; i < 3; i++) {
            as(INTEGRATOR).get(LIST).then().statusCode(200);
        }
        as(INTEGRATOR).get(LIST).then().statusCode(429).contentType(startsWith(Problem.MEDIA_TYPE))
                .header("Retry-After", "50")
                .body("type", equalTo(ProblemTypes.RATE_LIMITED)).body("status", equalTo(429))
                .body("title", equalTo("Too many requests")).body("instance", equalTo(LIST));

        // Another client has its own count, and its own limit (an override of 5).
        for (int i = 0; i < 5; i++) {
            as(INTEGRATOR_PARTNER).get(LIST).then().statusCode(200);
        }
        as(INTEGRATOR_PARTNER).get(LIST).then().statusCode(429);
        // People are not limited.
        for (int i = 0; i < 6; i++) {
            as(OFFICE).get(LIST).then().statusCode(200);
        }
    }

    @Test
    void theCountStartsAgainInTheNextWindowAndEndedWindowsAreDeleted() throws SQLException {
        for (int i = 0; i < 3; i++) {
            as(INTEGRATOR).get(LIST).then().statusCode(200);
        }
        TestClock.pin(START.plus(WINDOW).minusSeconds(1));
        as(INTEGRATOR).get(LIST).then().statusCode(429).header("Retry-After", "1");

        TestClock.pin(START.plus(WINDOW));
        for (int i = 0; i < 3; i++) {
            as(INTEGRATOR).get(LIST).then().statusCode(200);
        }
        as(INTEGRATOR).get(LIST).then().statusCode(429).header("Retry-After", "60");
        assertEquals(0, count("SELECT count(*) FROM rate_limit_window WHERE window_start < ?", START.plus(WINDOW)));
    }

    @Test
    void anonymousCallersAreCountedByTheirForwardedAddress() {
        for (int i = 0; i < 2; i++) {
            from("203.0.113.7").get(PUBLIC).then().statusCode(200);
        }
        from("203.0.113.7").get(PUBLIC).then().statusCode(429).header("Retry-After", "50")
                .body("type", equalTo(ProblemTypes.RATE_LIMITED));
        from("203.0.113.8").get(PUBLIC).then().statusCode(200);
        // A token that does not authenticate leaves a public read anonymous, and counted so.
        from("203.0.113.8").auth().oauth2("not-a-jwt").get(PUBLIC).then().statusCode(200);
        from("203.0.113.8").get(PUBLIC).then().statusCode(429);
        from("203.0.113.9").auth().oauth2("not-a-jwt").get("/api/v1/producers").then().statusCode(401);
    }

    private static RequestSpecification from(String address) {
        return as(ANONYMOUS).header("X-Forwarded-For", address);
    }

    private void update(String sql, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    private long count(String sql, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(at));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
