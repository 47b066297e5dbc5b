package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Real access tokens from the running Keycloak (realm ocop, demo overlay applied), one per demo user, cached until a
 * minute before they expire (the realm issues 5-minute tokens; a test run lasts longer).
 */
public final class TestUsers {
    public static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");
    private static final String TOKEN_URL = KEYCLOAK + "/realms/ocop/protocol/openid-connect/token";
    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    /** A token this close to its expiry is fetched anew, so that no request carries one that runs out in flight. */
    private static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    /**
     * The demo caller identities used across the tests; INTEGRATOR is the client-credentials service account of the
     * client bound to no partner (the national system), INTEGRATOR_PARTNER that of the client bound to Saigon Co.op.
     */
    public static final String OFFICE = "office";
    public static final String PC = "pc1";
    public static final String DC_TRAVINH = "dc-travinh-1";
    public static final String DC_CAUKE = "dc-cauke-1";
    public static final String DO_TRAVINH = "do-travinh";
    public static final String DO_CAUKE = "do-cauke";
    public static final String INTEGRATOR = "integrator";
    public static final String INTEGRATOR_PARTNER = "integrator-partner";
    /** The tax code of the partner that INTEGRATOR_PARTNER is bound to (its token's {@code partner} claim). */
    public static final String BOUND_PARTNER_TAX_CODE = "0301175691";
    public static final String ANONYMOUS = "anonymous";

    public static final String TRAVINH = "842";
    public static final String CAUKE = "845";

    private TestUsers() {
    }

    public static String token(String user) {
        // Keycloak's expiry is wall-clock time, not the application's (TestClock) time.
        return TOKENS.compute(user, (u, cached) -> cached != null && Instant.now().plus(REFRESH_MARGIN)
                .isBefore(cached.expiresAt()) ? cached : fetch(u)).value();
    }

    /** The claims of {@code user}'s access token, as Keycloak issued them. */
    public static Map<String, Object> claims(String user) {
        String payload = token(user).split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)).getMap("$");
    }

    /** The token response as Keycloak sent it (access token, expires_in …), for tests of the realm itself. */
    public static JsonPath tokenResponse(String user) {
        return login(user).then().statusCode(200).extract().jsonPath();
    }

    /** Keycloak's answer to a login of {@code user}, whatever its status. */
    public static Response login(String user) {
        return request(user).post(TOKEN_URL);
    }

    /** A request as {@code user}; ANONYMOUS sends no token. */
    public static RequestSpecification as(String user) {
        RequestSpecification spec = given().contentType("application/json");
        return ANONYMOUS.equals(user) ? spec : spec.auth().oauth2(token(user));
    }

    private record Token(String value, Instant expiresAt) {
    }

    private static Token fetch(String user) {
        Instant requested = Instant.now();
        JsonPath response = tokenResponse(user);
        return new Token(response.getString("access_token"),
                requested.plusSeconds(response.getLong("expires_in")));
    }

    private static RequestSpecification request(String user) {
        var request = given().baseUri(KEYCLOAK).contentType("application/x-www-form-urlencoded");
        String client = Map.of(INTEGRATOR, "ocop-integrator-demo", INTEGRATOR_PARTNER, "ocop-integrator-partner-demo")
                .get(user);
        if (client != null) {
            request = request.formParam("grant_type", "client_credentials").formParam("client_id", client)
                    .formParam("client_secret", client + "-secret");
        } else {
            request = request.formParam("grant_type", "password").formParam("client_id", "ocop-spa")
                    .formParam("username", user).formParam("password", "demo").formParam("scope", "openid");
        }
        return request;
    }
}
