package vn.ocop.registry.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.specification.RequestSpecification;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestUsers;

/**
 * Real tokens that the API must refuse, made through Keycloak's admin REST API: one of another realm (same client,
 * user and role names, so only the issuer and the keys differ), one without the {@code ocop-api} audience, one that
 * has expired, and two forgeries of a genuine token (unsigned, and claims changed under the signature). What it
 * creates in Keycloak is named per run and removed by {@link #close()}.
 */
public final class ForeignTokens implements AutoCloseable {
    public static final String OTHER_REALM = "another realm";
    public static final String WRONG_AUDIENCE = "wrong audience";
    public static final String EXPIRED = "expired";
    public static final String UNSIGNED = "alg none";
    public static final String TAMPERED = "tampered signature";
    /** The hostile identities, in the order the tokens are made. */
    public static final List<String> ALL = List.of(OTHER_REALM, WRONG_AUDIENCE, EXPIRED, UNSIGNED, TAMPERED);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String API_AUDIENCE = "ocop-api";
    private static final String PASSWORD = "demo";

    private final String run = TestData.marker();
    private final String realm = "ocop-foreign-" + run;
    private final String noAudienceClient = "ocop-matrix-noaud-" + run;
    private final String shortLivedClient = "ocop-matrix-expiring-" + run;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    /** Creates the realm and clients and makes every token; {@link #close()} removes them again. */
    public ForeignTokens() {
        try {
            tokens.put(OTHER_REALM, otherRealm());
            tokens.put(WRONG_AUDIENCE, wrongAudience());
            String expiring = expiring();
            String genuine = TestUsers.token(TestUsers.DO_CAUKE);
            tokens.put(UNSIGNED, b64(JSON.createObjectNode().put("alg", "none").put("typ", "JWT")) + "."
                    + b64(claims(genuine)) + ".");
            // A district officer who writes another district into their own token.
            ObjectNode elevated = claims(genuine).put("unit", TestUsers.TRAVINH).put("district", TestUsers.TRAVINH);
            tokens.put(TAMPERED, withPayload(genuine, elevated));
            awaitExpiry(expiring);
            tokens.put(EXPIRED, expiring);
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /** The token of a hostile identity, one of {@link #ALL}. */
    public String token(String identity) {
        String token = tokens.get(identity);
        if (token == null) {
            throw new IllegalArgumentException("no hostile identity " + identity);
        }
        return token;
    }

    @Override
    public void close() {
        admin().delete("/admin/realms/" + realm);
        for (String clientId : List.of(noAudienceClient, shortLivedClient)) {
            String id = clientUuid(clientId);
            if (id != null) {
                admin().delete("/admin/realms/ocop/clients/" + id).then().statusCode(204);
            }
        }
    }

    /** A realm like ocop in names: client ocop-spa (audience ocop-api), the office user with role ocop-admin. */
    private String otherRealm() {
        Map<String, Object> audience = audienceMapper(API_AUDIENCE);
        Map<String, Object> representation = Map.of("realm", realm, "enabled", true,
                "roles", Map.of("realm", List.of(Map.of("name", "ocop-admin"), Map.of("name", "district-officer"))),
                "clients", List.of(Map.of("clientId", "ocop-spa", "publicClient", true, "directAccessGrantsEnabled",
                        true, "protocolMappers", List.of(audience))),
                "users", List.of(Map.of("username", TestUsers.OFFICE, "enabled", true, "email", "office@example.vn",
                        "firstName", "Văn phòng", "lastName", "OCOP", "emailVerified", true,
                        "credentials", List.of(Map.of("type", "password", "value", PASSWORD, "temporary", false)),
                        "realmRoles", List.of("ocop-admin"))));
        admin().body(representation).post("/admin/realms").then().statusCode(201);
        String token = given().baseUri(TestUsers.KEYCLOAK).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "ocop-spa")
                .formParam("username", TestUsers.OFFICE).formParam("password", PASSWORD)
                .post("/realms/" + realm + "/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
        ObjectNode claims = claims(token);
        assertTrue(claims.path("iss").asText().endsWith("/realms/" + realm), claims.toString());
        assertTrue(claims.path("aud").toString().contains(API_AUDIENCE), "only the issuer differs: " + claims);
        return token;
    }

    /** A service account with the office's role whose tokens name another audience than ocop-api. */
    private String wrongAudience() {
        String token = serviceAccount(noAudienceClient, Map.of(), audienceMapper("ocop-matrix-elsewhere"));
        String audience = claims(token).path("aud").toString();
        assertFalse(audience.contains("\"" + API_AUDIENCE + "\""), "the audience must differ: " + audience);
        return token;
    }

    /** A service account with the office's role and the right audience, whose tokens live one second. */
    private String expiring() {
        String token = serviceAccount(shortLivedClient, Map.of("access.token.lifespan", "1"),
                audienceMapper(API_AUDIENCE));
        ObjectNode claims = claims(token);
        assertTrue(claims.path("aud").toString().contains(API_AUDIENCE), "only the expiry differs: " + claims);
        assertTrue(claims.path("exp").asLong() - claims.path("iat").asLong() <= 2, "a short-lived token: " + claims);
        return token;
    }

    /** Polls the clock until {@code token}'s expiry (whole seconds) has passed. */
    private static void awaitExpiry(String token) {
        long exp = claims(token).path("exp").asLong();
        while (Instant.now().getEpochSecond() <= exp) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A confidential client of realm ocop with a service account holding ocop-admin, only the scopes that carry the
     * roles (so no realm-wide default scope adds an audience), and {@code mapper}; returns a token of it.
     */
    private String serviceAccount(String clientId, Map<String, String> attributes, Map<String, Object> mapper) {
        String secret = clientId + "-secret";
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("clientId", clientId);
        client.put("publicClient", false);
        client.put("secret", secret);
        client.put("serviceAccountsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", false);
        client.put("attributes", attributes);
        client.put("defaultClientScopes", List.of("roles", "basic"));
        client.put("optionalClientScopes", List.of());
        client.put("protocolMappers", List.of(mapper));
        admin().body(client).post("/admin/realms/ocop/clients").then().statusCode(201);
        String id = clientUuid(clientId);
        String user = admin().get("/admin/realms/ocop/clients/" + id + "/service-account-user").then().statusCode(200)
                .extract().path("id");
        Map<String, Object> role = admin().get("/admin/realms/ocop/roles/ocop-admin").then().statusCode(200).extract()
                .as(Map.class);
        admin().body(List.of(role)).post("/admin/realms/ocop/users/" + user + "/role-mappings/realm").then()
                .statusCode(204);
        String token = given().baseUri(TestUsers.KEYCLOAK).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post("/realms/ocop/protocol/openid-connect/token").then()
                .statusCode(200).extract().path("access_token");
        assertTrue(claims(token).path("realm_access").path("roles").toString().contains("ocop-admin"),
                "the office's role, so the token fails for one reason only");
        return token;
    }

    private static Map<String, Object> audienceMapper(String audience) {
        return Map.of("name", "audience " + audience, "protocol", "openid-connect", "protocolMapper",
                "oidc-audience-mapper", "config", Map.of("included.custom.audience", audience,
                        "access.token.claim", "true", "id.token.claim", "false"));
    }

    private static String clientUuid(String clientId) {
        List<String> ids = admin().queryParam("clientId", clientId).get("/admin/realms/ocop/clients").then()
                .statusCode(200).extract().jsonPath().getList("id");
        assertTrue(ids.size() <= 1, ids.toString());
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** A request of Keycloak's administrator; its tokens live a minute, so each request gets a fresh one. */
    /** A request to Keycloak's admin REST API as its bootstrap admin. */
    static RequestSpecification admin() {
        return given().baseUri(TestUsers.KEYCLOAK).contentType("application/json").auth().oauth2(adminToken());
    }

    private static String adminToken() {
        return given().baseUri(TestUsers.KEYCLOAK).contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract()
                .path("access_token");
    }

    /** The header of a compact JWT. */
    static ObjectNode header(String jwt) {
        return part(jwt, 0);
    }

    /** The claims of a compact JWT, unverified. */
    static ObjectNode claims(String jwt) {
        return part(jwt, 1);
    }

    /** {@code jwt} with other claims under its original header and signature. */
    static String withPayload(String jwt, ObjectNode claims) {
        String[] parts = jwt.split("\\.");
        return parts[0] + "." + b64(claims) + "." + parts[2];
    }

    static String b64(ObjectNode json) {
        return B64.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode part(String jwt, int i) {
        try {
            return (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[i]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
