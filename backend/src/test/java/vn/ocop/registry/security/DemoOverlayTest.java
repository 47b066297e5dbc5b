package vn.ocop.registry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR_PARTNER;
import static vn.ocop.registry.common.TestUsers.OFFICE;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.TestUsers;

/**
 * The running Keycloak has the demo overlay on the production realm (scripts/keycloak.sh wait applies it): the demo
 * users log in with the password grant, the demo integrators with their secrets, and access tokens last 5 minutes.
 */
class DemoOverlayTest {

    @Test
    void demoUserLogsInWithThePasswordGrantForFiveMinutes() {
        JsonPath response = TestUsers.tokenResponse(OFFICE);
        assertTrue(response.getString("refresh_token") != null, "the session goes on through the refresh token");
        assertEquals(300, lifetime(OFFICE));
    }

    @Test
    void demoIntegratorLogsInWithItsSecretForFiveMinutesWithTheApiAudience() {
        assertEquals(300, lifetime(INTEGRATOR_PARTNER));
        var claims = TestUsers.claims(INTEGRATOR_PARTNER);
        assertTrue(claims.get("aud").toString().contains("ocop-api"), "aud: " + claims.get("aud"));
    }

    /** Seconds from issue to expiry, as signed in the token (expires_in counts from the answer, a second less at times). */
    private static long lifetime(String user) {
        var claims = TestUsers.claims(user);
        return ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
    }
}
