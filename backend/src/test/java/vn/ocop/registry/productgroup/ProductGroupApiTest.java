package vn.ocop.registry.productgroup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.as;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** The seeded classification, read anonymously (it is public reference data). */
@QuarkusTest
class ProductGroupApiTest {

    @Test
    void legalBasesOldestFirst() {
        as(ANONYMOUS).get("/api/v1/legal-bases").then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.code", contains("DECISION_1048_2019", "DECISION_148_2023", "DECISION_1489_2025",
                        "DECISION_26_2026"))
                .body("items[1].decisionNumber", equalTo("148/QĐ-TTg"))
                .body("items[3].effectiveTo", equalTo(null));
    }

    @Test
    void groupsOfOneLegalBasis() {
        as(ANONYMOUS).queryParam("legalBasis", "DECISION_148_2023").get("/api/v1/product-groups").then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.code", contains("FOOD", "BEVERAGE", "HERBAL", "HANDICRAFT", "ORNAMENTAL", "TOURISM"))
                .body("items[2].name", equalTo("Dược liệu và sản phẩm từ dược liệu"))
                .body("items.legalBasisCode", everyItem(equalTo("DECISION_148_2023")));
        // 1048 named handicraft "Thủ công mỹ nghệ, trang trí", as the 2019 report does.
        as(ANONYMOUS).queryParam("legalBasis", "DECISION_1048_2019").get("/api/v1/product-groups").then().statusCode(200)
                .body("items.name", hasItem("Thủ công mỹ nghệ, trang trí"))
                .body("items.code", hasItem("TEXTILE"));
        as(ANONYMOUS).queryParam("size", 200).get("/api/v1/product-groups").then().statusCode(200)
                .body("items.legalBasisCode", hasItems("DECISION_1048_2019", "DECISION_148_2023", "DECISION_26_2026"));
    }

    @Test
    void twentySixSetsPerLegalBasis() {
        for (String basis : new String[]{"DECISION_1048_2019", "DECISION_148_2023", "DECISION_26_2026"}) {
            as(ANONYMOUS).queryParam("legalBasis", basis).queryParam("size", 200).get("/api/v1/product-sets")
                    .then().statusCode(200).body("total", equalTo(26)).body("items[0].number", equalTo(1))
                    .body("items[25].number", equalTo(26));
        }
    }

    @Test
    void setsOfAGroupWithTheirGroupNames() {
        as(ANONYMOUS).queryParam("legalBasis", "DECISION_1048_2019").queryParam("groupCode", "HANDICRAFT")
                .get("/api/v1/product-sets").then().statusCode(200)
                .body("items.number", contains(23, 24))
                .body("items.groupCode", everyItem(equalTo("HANDICRAFT")))
                .body("items.groupName", everyItem(equalTo("Thủ công mỹ nghệ, trang trí")));
    }

    @Test
    void setSearchIgnoresDiacritics() {
        as(ANONYMOUS).queryParam("legalBasis", "DECISION_1048_2019").queryParam("q", "che bien tu thit")
                .get("/api/v1/product-sets").then().statusCode(200)
                .body("items.name", contains("Chế biến từ thịt, trứng, sữa"));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/product-groups, legalBasis, DECISION_999", "/api/v1/product-sets, legalBasis, 1048",
            "/api/v1/product-sets, groupCode, THUC_PHAM", "/api/v1/product-sets, sort, subgroup",
            "/api/v1/legal-bases, size, 0"})
    void badParameters(String path, String param, String value) {
        as(ANONYMOUS).queryParam(param, value).get(path).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(param))
                .body("errors.message", hasItem(containsString(" ")));
    }
}
