package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every response carries the security headers (application.properties, quarkus.http.filter.*): the API's, whether
 * the application, the security layer or Vert.x answered; Swagger UI's CSP lets its own scripts and Keycloak run.
 */
@QuarkusTest
class SecurityHeadersTest {
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Test
    void apiResponsesForbidSniffingFramingAndContent() {
        apiHeaders(as(OFFICE).get("/api/v1/me").then().statusCode(200));
        apiHeaders(given().get("/api/v1/producers").then().statusCode(401));
        apiHeaders(as(OFFICE).get("/api/v1/nothing-here").then().statusCode(404));
        apiHeaders(given().get("/api/v1/public/certificates/NO-SUCH-CODE").then().statusCode(404));
        apiHeaders(given().get("/q/openapi").then().statusCode(200));
        apiHeaders(given().get("/q/health/ready").then().statusCode(200));
    }

    @Test
    void swaggerUiRunsItsScriptsAndReachesKeycloakButIsNotFramed() {
        given().get("/q/swagger-ui/").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY").header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("connect-src 'self' http://localhost:8180;"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
    }

    private static void apiHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer").header("Content-Security-Policy", equalTo(API_CSP));
    }
}
