package vn.ocop.registry.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.TRAVINH;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestUsers;
import vn.ocop.registry.product.ProductFixtures;

/**
 * A district officer whom Keycloak gives no unit (an account made in the admin console without its {@code unit}
 * attribute) is confined to nothing, not to everything: with a real token of realm ocop it finds no producer of any
 * district, opens none and registers none.
 */
@QuarkusTest
class ClaimlessUserTest {

    @Test
    void aDistrictOfficerWithoutAUnitReadsAndWritesNothing() {
        String marker = TestData.marker();
        String username = "do-" + marker;
        String password = "Mat-khau-" + marker + "-du-dai";
        ForeignTokens.admin().body(Map.of("username", username, "enabled", true, "emailVerified", true,
                "email", username + "@example.vn", "firstName", "Cán bộ", "lastName", "Chưa gán đơn vị",
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false))))
                .post("/admin/realms/ocop/users").then().statusCode(201);
        String id = ForeignTokens.admin().queryParam("username", username).queryParam("exact", true)
                .get("/admin/realms/ocop/users").then().statusCode(200).extract().jsonPath().getString("[0].id");
        try {
            Map<String, Object> role = ForeignTokens.admin().get("/admin/realms/ocop/roles/district-officer").then()
                    .statusCode(200).extract().as(Map.class);
            ForeignTokens.admin().body(List.of(role)).post("/admin/realms/ocop/users/" + id + "/role-mappings/realm")
                    .then().statusCode(204);
            String token = given().baseUri(TestUsers.KEYCLOAK).contentType("application/x-www-form-urlencoded")
                    .formParam("grant_type", "password").formParam("client_id", "ocop-spa")
                    .formParam("username", username).formParam("password", password)
                    .post("/realms/ocop/protocol/openid-connect/token").then().statusCode(200).extract()
                    .path("access_token");
            var claims = ForeignTokens.claims(token);
            assertTrue(claims.path("realm_access").path("roles").toString().contains("district-officer"), "" + claims);
            assertFalse(claims.has("unit") || claims.has("district"), "no unit: " + claims);

            long producer = ProductFixtures.producer(TRAVINH, "Cơ sở Không Đơn Vị " + marker);
            as(token).get("/api/v1/me").then().statusCode(200).body("district", nullValue());
            as(token).queryParam("q", marker).get("/api/v1/producers").then().statusCode(200)
                    .body("total", equalTo(0));
            as(token).get("/api/v1/producers/" + producer).then().statusCode(403);
            as(token).body(TestData.producer(TRAVINH, "Cơ sở Không Được Ghi " + marker)).post("/api/v1/producers")
                    .then().statusCode(403);
            TestUsers.as(TestUsers.OFFICE).queryParam("q", marker).get("/api/v1/producers").then().statusCode(200)
                    .body("total", equalTo(1));
        } finally {
            ForeignTokens.admin().delete("/admin/realms/ocop/users/" + id).then().statusCode(204);
        }
    }

    private static RequestSpecification as(String token) {
        return given().contentType("application/json").auth().oauth2(token);
    }
}
