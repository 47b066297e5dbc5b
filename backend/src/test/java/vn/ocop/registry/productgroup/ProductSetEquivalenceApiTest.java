package vn.ocop.registry.productgroup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Issue 11 §5: the equivalence of product sets between decisions, as public reference data. */
@QuarkusTest
class ProductSetEquivalenceApiTest {
    static long setId(String basis, int number) {
        List<Map<String, Object>> items = given().queryParam("legalBasis", basis).queryParam("size", 50)
                .get("/api/v1/product-sets").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(s -> ((Number) s.get("number")).intValue() == number)
                .map(s -> ((Number) s.get("id")).longValue()).findFirst().orElseThrow();
    }

    @Test
    void herbalTeasOf1048AreSet12Under2026() {
        long tea = setId("DECISION_1048_2019", 13);
        given().get("/api/v1/product-sets/" + tea + "/equivalents/DECISION_26_2026").then().statusCode(200)
                .body("legalBasisCode", equalTo("DECISION_26_2026")).body("number", equalTo(12))
                .body("name", equalTo("Sản phẩm trà từ thực vật khác"));
        given().get("/api/v1/product-sets/" + tea + "/equivalents/DECISION_148_2023").then().statusCode(200)
                .body("number", equalTo(12));
        given().get("/api/v1/product-sets/" + tea + "/equivalents/DECISION_1048_2019").then().statusCode(200)
                .body("id", equalTo((int) tea));
        // Back from 26/2026 to 1048: one predecessor.
        given().get("/api/v1/product-sets/" + setId("DECISION_26_2026", 12) + "/equivalents/DECISION_1048_2019").then()
                .statusCode(200).body("number", equalTo(13));
    }

    @Test
    void setsWithoutASingleEquivalentAreNotFound() {
        // 1048 #21 (medical devices) has no set under 148; 148 #21 was both 1048 #23 and #24.
        given().get("/api/v1/product-sets/" + setId("DECISION_1048_2019", 21) + "/equivalents/DECISION_26_2026").then()
                .statusCode(404);
        given().get("/api/v1/product-sets/" + setId("DECISION_148_2023", 21) + "/equivalents/DECISION_1048_2019").then()
                .statusCode(404);
        given().get("/api/v1/product-sets/" + setId("DECISION_148_2023", 23) + "/equivalents/DECISION_1048_2019").then()
                .statusCode(404);
        given().get("/api/v1/product-sets/" + setId("DECISION_148_2023", 1) + "/equivalents/NOPE").then()
                .statusCode(400);
        given().get("/api/v1/product-sets/999999999/equivalents/DECISION_26_2026").then().statusCode(404);
    }

    @Test
    void theSuccessionsAreListed() {
        List<Map<String, Object>> rows = given().queryParam("fromLegalBasis", "DECISION_1048_2019").queryParam("size", 50)
                .get("/api/v1/product-set-successions").then().statusCode(200).body("total", equalTo(25)).extract()
                .jsonPath().getList("items");
        Map<String, Object> tea = rows.stream().filter(r -> ((Number) ((Map<?, ?>) r.get("from")).get("number"))
                .intValue() == 13).findFirst().orElseThrow();
        assertEquals(12, ((Map<?, ?>) tea.get("to")).get("number"));
        given().queryParam("fromLegalBasis", "DECISION_148_2023").queryParam("toLegalBasis", "DECISION_26_2026")
                .get("/api/v1/product-set-successions").then().statusCode(200).body("total", equalTo(26));
    }
}
