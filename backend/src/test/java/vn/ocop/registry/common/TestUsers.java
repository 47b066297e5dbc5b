package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.specification.RequestSpecification;

/** Real access tokens from the running Keycloak (realm ocop), one per demo user, cached for the test run. */
public final class TestUsers {
    public static final String KEYCLOAK = System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180");
    private static final String TOKEN_URL = KEYCLOAK + "/realms/ocop/protocol/openid-connect/token";
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

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
        return TOKENS.computeIfAbsent(user, TestUsers::fetch);
    }

    /** A request as {@code user}; ANONYMOUS sends no token. */
    public static RequestSpecification as(String user) {
        RequestSpecification spec = given().contentType("application/json");
        return ANONYMOUS.equals(user) ? spec : spec.auth().oauth2(token(user));
    }

    private static String fetch(String user) {
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
        return request.post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }
}
