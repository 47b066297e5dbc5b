package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Errors outside the business rules are problem+json too. */
@QuarkusTest
class HttpProblemsTest {

    @Test
    void invalidTokenIs401Problem() {
        given().auth().oauth2("not-a-jwt").get("/api/v1/producers").then().statusCode(401)
                .contentType(startsWith("application/problem+json")).header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    @Test
    void unknownPathIs404Problem() {
        as(OFFICE).get("/api/v1/nothing-here").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void wrongMethodIs405Problem() {
        as(OFFICE).patch("/api/v1/producers").then().statusCode(405)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void wrongMediaTypeIs415Problem() {
        as(OFFICE).contentType("text/plain").body("x").post("/api/v1/producers").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void readinessChecksTheDatabaseAndTheIdentityProvider() {
        // Both go DOWN while unreachable (scripts/faults-e2e.sh): a load balancer sends nothing to an instance that
        // can neither store nor authenticate.
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("Database")))
                .body("checks.name",
                        org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.equalTo(IdentityProviderHealthCheck.NAME)))
                .body("checks.status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("UP")));
    }
}
