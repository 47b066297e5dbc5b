package vn.ocop.registry.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.security.ForeignTokens.b64;
import static vn.ocop.registry.security.ForeignTokens.claims;
import static vn.ocop.registry.security.ForeignTokens.header;
import static vn.ocop.registry.security.ForeignTokens.withPayload;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.lang.JoseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import vn.ocop.registry.common.TestUsers;

/**
 * Bearer tokens are verified locally, against the realm's cached keys: a forged, an unsigned, an expired or
 * an opaque token is refused with a 401 problem without the backend sending Keycloak a single request (no
 * introspection), so nobody can make the API hammer the identity server.
 */
@QuarkusTest
@TestProfile(KeycloakBehindCountingProxy.class)
class LocalTokenVerificationTest {
    private static final String ANY = "/api/v1/producers";
    private static final ObjectMapper JSON = new ObjectMapper();

    private String proxy;

    @BeforeEach
    void warmUp() {
        String realm = ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
        proxy = realm.substring(0, realm.indexOf(CountingKeycloakProxy.REALM));
        // A genuine token still works, and the keys are in place before anything is counted.
        get(TestUsers.token(OFFICE)).then().statusCode(200);
    }

    @Test
    void forgedUnsignedExpiredAndOpaqueTokensAreRefusedWithoutAskingKeycloak() throws Exception {
        String genuine = TestUsers.token(OFFICE);
        ObjectNode claims = claims(genuine);
        RsaJsonWebKey trusted = testKey();
        // The test key is trusted: the same claims signed with it pass, so its expired twin fails on expiry alone.
        get(sign(claims, trusted)).then().statusCode(200);

        ObjectNode elevated = claims.deepCopy();
        elevated.put("preferred_username", "intruder");
        ObjectNode expired = claims.deepCopy();
        long now = Instant.now().getEpochSecond();
        expired.put("iat", now - 7200).put("exp", now - 3600);
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("claims changed under Keycloak's signature", withPayload(genuine, elevated));
        refused.put("signed by another key under Keycloak's kid", sign(claims,
                withKid(CountingKeycloakProxy.rsaKey("other"), header(genuine).get("kid").asText())));
        refused.put("unsigned (alg none)", b64(JSON.createObjectNode().put("alg", "none").put("typ", "JWT"))
                + "." + b64(claims) + ".");
        refused.put("expired", sign(expired, trusted));
        refused.put("opaque", "not-a-jwt-but-a-plausible-opaque-token");

        Map<String, Integer> before = counts();
        for (int round = 0; round < 3; round++) {
            refused.forEach((what, token) -> get(token).then().statusCode(401)
                    .contentType(startsWith("application/problem+json")).body("status", equalTo(401)));
        }
        assertEquals(before, counts(), "no request to Keycloak for " + refused.keySet());
    }

    @Test
    void anUnknownKeyIdIsNeverIntrospectedAndRefreshesTheKeysAtMostOnce() throws Exception {
        ObjectNode claims = claims(TestUsers.token(OFFICE));
        Map<String, Integer> before = counts();
        for (int i = 0; i < 5; i++) {
            get(sign(claims, CountingKeycloakProxy.rsaKey("unknown-" + i))).then().statusCode(401)
                    .contentType(startsWith("application/problem+json"));
        }
        Map<String, Integer> after = counts();
        assertEquals(before.getOrDefault(CountingKeycloakProxy.INTROSPECT, 0),
                after.getOrDefault(CountingKeycloakProxy.INTROSPECT, 0), "no introspection");
        // Keycloak's key rotation: an unknown kid may reload the key set, at most once per refresh interval.
        int reloads = after.getOrDefault(CountingKeycloakProxy.CERTS, 0) - before.getOrDefault(CountingKeycloakProxy.CERTS, 0);
        assertTrue(reloads <= 1, reloads + " key set reloads for 5 tokens");
        after.remove(CountingKeycloakProxy.CERTS);
        before.remove(CountingKeycloakProxy.CERTS);
        assertEquals(before, after, "no other request to Keycloak");
    }

    private static io.restassured.response.Response get(String token) {
        return given().auth().oauth2(token).queryParam("size", 1).get(ANY);
    }

    private Map<String, Integer> counts() throws IOException, InterruptedException {
        return JSON.readValue(fetch(CountingKeycloakProxy.COUNTS_PATH), new TypeReference<Map<String, Integer>>() {
        });
    }

    private RsaJsonWebKey testKey() throws IOException, InterruptedException, JoseException {
        return (RsaJsonWebKey) JsonWebKey.Factory.newJwk(fetch(CountingKeycloakProxy.TEST_KEY_PATH));
    }

    private String fetch(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(proxy + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static RsaJsonWebKey withKid(RsaJsonWebKey key, String kid) {
        key.setKeyId(kid);
        return key;
    }

    private static String sign(ObjectNode claims, RsaJsonWebKey key) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toString());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        return jws.getCompactSerialization();
    }
}
