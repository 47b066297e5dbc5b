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
        assertEquals(300, response.getInt("expires_in"));
        assertTrue(response.getString("refresh_token") != null, "the session goes on through the refresh token");
    }

    @Test
    void demoIntegratorLogsInWithItsSecretForFiveMinutesWithTheApiAudience() {
        JsonPath response = TestUsers.tokenResponse(INTEGRATOR_PARTNER);
        assertEquals(300, response.getInt("expires_in"));
        var claims = TestUsers.claims(INTEGRATOR_PARTNER);
        assertTrue(claims.get("aud").toString().contains("ocop-api"), "aud: " + claims.get("aud"));
    }
}
