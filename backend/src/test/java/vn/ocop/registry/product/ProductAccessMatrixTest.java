package vn.ocop.registry.product;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.files.TestFiles.upload;
import static vn.ocop.registry.product.Callers.listStatus;
import static vn.ocop.registry.product.Callers.refused;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.files.TestFiles;

/** Every product, photo, history and product-group endpoint × every kind of caller, with real tokens. */
@QuarkusTest
class ProductAccessMatrixTest {

    private static long product() {
        return ProductFixtures.product(TRAVINH, "Bộ salon Tre " + UUID.randomUUID());
    }

    private static String photo(long product) {
        return upload(OFFICE, "salon.png", TestFiles.png(), "image/png").post("/api/v1/products/" + product + "/photos")
                .then().statusCode(201).extract().jsonPath().getString("href");
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#everyone")
    void productGroupsArePublic(String user) {
        as(user).get("/api/v1/legal-bases").then().statusCode(200);
        as(user).get("/api/v1/product-groups").then().statusCode(200);
        as(user).get("/api/v1/product-sets").then().statusCode(200);
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#readers")
    void productReads(String user, int expected) {
        long id = product();
        String photo = photo(id);
        as(user).get("/api/v1/products/" + id).then().statusCode(expected);
        as(user).get("/api/v1/products/" + id + "/photos").then().statusCode(expected);
        as(user).get(photo).then().statusCode(expected);
        as(user).get("/api/v1/products").then().statusCode(listStatus(user));
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#staffReaders")
    void productHistory(String user, int expected) {
        long id = product();
        as(user).get("/api/v1/products/" + id + "/history").then().statusCode(expected);
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#writers")
    void productCreate(String user, boolean allowed) {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở Mộc " + UUID.randomUUID());
        ProductFixtures.create(user, ProductFixtures.body(producer, "Bộ salon Tre")).then()
                .statusCode(allowed ? 201 : refused(user));
        as(OFFICE).queryParam("producerId", producer).get("/api/v1/products").then().body("total", equalTo(allowed ? 1 : 0));
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#writers")
    void productUpdate(String user, boolean allowed) {
        long id = product();
        long producer = as(OFFICE).get("/api/v1/products/" + id).jsonPath().getLong("producerId");
        as(user).header("If-Match", "\"0\"").body(ProductFixtures.body(producer, "Bộ salon Tre mới"))
                .put("/api/v1/products/" + id).then().statusCode(allowed ? 200 : refused(user));
        as(OFFICE).get("/api/v1/products/" + id).then().body("version", equalTo(allowed ? 1 : 0));
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#writers")
    void productDelete(String user, boolean allowed) {
        long id = product();
        as(user).header("If-Match", "\"0\"").delete("/api/v1/products/" + id).then()
                .statusCode(allowed ? 204 : refused(user));
        as(OFFICE).get("/api/v1/products/" + id).then().statusCode(allowed ? 404 : 200);
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#writers")
    void photoAdd(String user, boolean allowed) {
        long id = product();
        upload(user, "salon.jpg", TestFiles.jpeg(), "image/jpeg").post("/api/v1/products/" + id + "/photos").then()
                .statusCode(allowed ? 201 : refused(user))
                .contentType(allowed ? "application/json" : "application/problem+json");
        as(OFFICE).get("/api/v1/products/" + id + "/photos").then().body("total", equalTo(allowed ? 1 : 0));
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#writers")
    void photoDelete(String user, boolean allowed) {
        long id = product();
        String photo = photo(id);
        as(user).delete(photo).then().statusCode(allowed ? 204 : refused(user));
        as(OFFICE).get(photo).then().statusCode(allowed ? 404 : 200);
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#readers")
    void refusalsAreProblemDetails(String user, int expected) {
        if (expected == 200) {
            return;
        }
        as(user).get("/api/v1/products/" + product()).then().statusCode(expected)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(expected));
    }
}
