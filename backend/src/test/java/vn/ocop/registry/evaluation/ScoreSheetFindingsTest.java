package vn.ocop.registry.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.TestProducts;

/** Issue 8 §4: what a council member scores on shows where it departs from the law, and who accepted that. */
@QuarkusTest
class ScoreSheetFindingsTest {
    @Inject
    TestProducts products;

    @Test
    void aMembersSheetOnThe148ProcessedFoodSheetCarriesItsAcceptedFindings() {
        long round = EvaluationFixtures.round("PROVINCIAL", EvaluationFixtures.PROVINCE, EvaluationFixtures.B148);
        EvaluationFixtures.council(round, EvaluationFixtures.PROVINCIAL_COUNCIL);
        // Product set 7 of 148 (processed food): its official sheet sums to 99.
        long product = products.create(EvaluationFixtures.producer(TRAVINH), "Mứt gừng Trà Vinh", EvaluationFixtures.B148,
                7, 2022);
        long entry = EvaluationFixtures.enter(OFFICE, round, product);
        EvaluationFixtures.action(round, "start-scoring");

        long sheet = as("pc1").body(Map.of("entryId", entry)).post("/api/v1/score-sheets").then().statusCode(201)
                .body("rubricFindings.code", hasItems("SHEET_TOTAL", "PART_TOTAL", "CRITERION_MAX"))
                .body("rubricFindings.message", hasItem("best options sum to 99, not 100"))
                .body("rubricFindings.findAll { it.severity == 'ERROR' }.accepted", everyItem(equalTo(true)))
                .body("rubricFindings.findAll { it.severity == 'ERROR' }.acceptedBy", everyItem(equalTo("system/seed")))
                .body("rubricFindings.findAll { it.severity == 'ERROR' }.acceptedAt", everyItem(notNullValue()))
                .extract().jsonPath().getLong("id");
        as("pc1").get("/api/v1/score-sheets/" + sheet).then().statusCode(200)
                .body("rubricFindings.code", hasItem("SHEET_TOTAL"));
        as("pc1").queryParam("entryId", entry).get("/api/v1/score-sheets").then().statusCode(200)
                .body("items[0].rubricFindings.code", hasItem("SHEET_TOTAL"))
                .body("items[0].rubricFindings.findAll { it.code == 'SHEET_TOTAL' }.acceptanceReason",
                        everyItem(notNullValue()));
    }
}
