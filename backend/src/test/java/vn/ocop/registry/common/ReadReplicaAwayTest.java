package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Which paths read from the read datasource: with it pointed at a database that is away, exactly the public catalogue
 * and the annual reports answer 503 (and the instance stays ready), while the change feed and a writer's own reads,
 * which must see the primary, go on.
 */
@QuarkusTest
@TestProfile(ReadReplicaAwayTest.ReplicaAway.class)
class ReadReplicaAwayTest {
    public static class ReplicaAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Port 1: nothing listens, the connection is refused at once.
            return Map.of("quarkus.datasource.read.jdbc.url", "jdbc:postgresql://127.0.0.1:1/ocop");
        }
    }

    @TestHTTPResource("/")
    URI base;

    /**
     * A GET outside RestAssured, whose filter holds every exchange to openapi.yaml: the contract leaves out the 503 of a
     * database that is away, for the read database as for the primary (scripts/faults-e2e.sh checks the primary's).
     */
    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (user != null) {
            request.header("Authorization", "Bearer " + TestUsers.token(user));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theCatalogueAndTheReportsReadThere() throws Exception {
        for (String path : List.of("/api/v1/public/products", "/api/v1/public/certificates/K7M2Q9XW4T")) {
            HttpResponse<String> answer = get(path, null);
            assertEquals(503, answer.statusCode(), path + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Retry-After").isPresent(), path);
        }
        assertEquals(503, get("/api/v1/reports/annual?year=2025", OFFICE).statusCode());
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void theFeedAndWritersReadThePrimary() {
        as(OFFICE).get("/api/v1/changes?limit=1").then().statusCode(200);
        int id = as(OFFICE).contentType("application/json").body(Map.of("type", "COOPERATIVE", "name",
                "Hợp tác xã Đọc Chính", "districtCode", "845", "registeredOn", "2020-01-02")).post("/api/v1/producers")
                .then().statusCode(201).extract().path("id");
        as(OFFICE).get("/api/v1/producers/" + id).then().statusCode(200).body("name", equalTo("Hợp tác xã Đọc Chính"));
    }
}
