package vn.ocop.registry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm a province imports (keycloak/ocop-realm.json) is the production one: TLS outside private networks,
 * brute-force protection, a password policy, 5-minute access tokens, the API audience from one shared default scope,
 * and nothing of the demo (users, demo clients and secrets, password grant: keycloak/demo-overlay.json adds them).
 */
class RealmFileTest {
    private static final Path KEYCLOAK = Path.of("..", "keycloak");
    private static final String AUDIENCE_SCOPE = "ocop-api-audience";

    private static JsonNode read(String file) throws IOException {
        return new ObjectMapper().readTree(KEYCLOAK.resolve(file).toFile());
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void productionRealmIsHardened() throws IOException {
        JsonNode realm = read("ocop-realm.json");
        assertEquals("external", realm.path("sslRequired").asText());
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        String policy = realm.path("passwordPolicy").asText();
        for (String rule : List.of("length(12)", "notUsername", "notEmail", "passwordHistory")) {
            assertTrue(policy.contains(rule), () -> "password policy without " + rule + ": " + policy);
        }
        assertEquals(300, realm.path("accessTokenLifespan").asInt());
        assertTrue(realm.path("ssoSessionIdleTimeout").asInt() > 300, "the session (refresh token) outlives a token");
    }

    @Test
    void productionRealmHasNoDemo() throws IOException {
        JsonNode realm = read("ocop-realm.json");
        assertTrue(realm.path("users").isMissingNode(), "a province's realm has no users");
        for (JsonNode client : list(realm.path("clients"))) {
            String id = client.path("clientId").asText();
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), id + " allows the password grant");
            assertFalse(client.has("secret"), id + " has a published secret");
            assertFalse(id.endsWith("-demo"), id + " is a demo client");
        }
    }

    @Test
    void apiAudienceComesFromOneSharedDefaultScope() throws IOException {
        JsonNode realm = read("ocop-realm.json");
        List<JsonNode> audienceMappers = list(realm.path("clientScopes")).stream()
                .flatMap(scope -> list(scope.path("protocolMappers")).stream())
                .filter(m -> "oidc-audience-mapper".equals(m.path("protocolMapper").asText())).toList();
        assertEquals(1, audienceMappers.size(), "one audience mapper, in one shared scope");
        assertEquals("ocop-api", audienceMappers.get(0).path("config").path("included.custom.audience").asText());
        assertTrue(list(realm.path("defaultDefaultClientScopes")).stream()
                .anyMatch(s -> AUDIENCE_SCOPE.equals(s.asText())), "a new client gets the audience scope by default");
        JsonNode overlay = read("demo-overlay.json");
        for (JsonNode client : concat(list(realm.path("clients")), list(overlay.path("clients")))) {
            assertTrue(list(client.path("protocolMappers")).stream()
                    .noneMatch(m -> "oidc-audience-mapper".equals(m.path("protocolMapper").asText())),
                    client.path("clientId").asText() + " has an audience mapper of its own");
        }
    }

    private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
