package vn.ocop.registry.product;

import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.response.Response;
import vn.ocop.registry.common.TestData;

/** Producers and products for API tests, created through the API by the OCOP office. */
public final class ProductFixtures {
    private static final Map<String, Long> SETS = new ConcurrentHashMap<>();

    private ProductFixtures() {
    }

    public static long producer(String district, String name) {
        return as(OFFICE).body(TestData.producer(district, name)).post("/api/v1/producers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The id of product set {@code number} of a legal basis (seeded data). */
    public static long productSet(String legalBasis, int number) {
        return SETS.computeIfAbsent(legalBasis + "#" + number, k -> {
            List<Map<String, Object>> sets = as(OFFICE).queryParam("legalBasis", legalBasis).queryParam("size", 200)
                    .get("/api/v1/product-sets").then().statusCode(200).extract().jsonPath().getList("items");
            return sets.stream().filter(s -> ((Number) s.get("number")).intValue() == number)
                    .map(s -> ((Number) s.get("id")).longValue()).findFirst().orElseThrow();
        });
    }

    /** Set 8 of Decision 1048: "Chế biến từ thịt, trứng, sữa" in the food group. */
    public static long meatSet() {
        return productSet("DECISION_1048_2019", 8);
    }

    public static Map<String, Object> body(long producerId, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", "Sản phẩm truyền thống của Trà Vinh");
        body.put("producerId", producerId);
        body.put("productSetId", meatSet());
        body.put("yearEntered", 2019);
        body.put("status", "ACTIVE");
        return body;
    }

    public static Response create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/products");
    }

    /** A new product of a new producer in {@code district}; returns its id. */
    public static long product(String district, String name) {
        long producer = producer(district, "Cơ sở " + name);
        return create(OFFICE, body(producer, name)).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String etag(String path) {
        return as(OFFICE).get(path).then().statusCode(200).extract().header("ETag");
    }
}
