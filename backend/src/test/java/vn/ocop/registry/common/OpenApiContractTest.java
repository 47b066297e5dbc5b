package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed openapi.yaml is the contract: it must equal what the code serves.
 * Regenerate it with {@code make openapi} (runs this test with -Dopenapi.update=true).
 */
@QuarkusTest
class OpenApiContractTest {
    private static final Path COMMITTED = Path.of("..", "openapi.yaml");

    @Test
    void servedSpecEqualsCommittedFile() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, "openapi.yaml is stale: run `make openapi` and commit it");
    }
}
