package vn.ocop.registry.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B148;
import static vn.ocop.registry.evaluation.EvaluationFixtures.CAUKE_COUNCIL;
import static vn.ocop.registry.evaluation.EvaluationFixtures.choices;
import static vn.ocop.registry.evaluation.EvaluationFixtures.scoringRound;
import static vn.ocop.registry.evaluation.EvaluationFixtures.sheet;
import static vn.ocop.registry.evaluation.EvaluationFixtures.total;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.Exports;
import vn.ocop.registry.common.TestProducts;

/**
 * A score-sheet save and submit are a handful of SQL statements, whatever the number of criteria (issue 15: the
 * save was 47, with 28 single-row UPDATEs and the rubric read twice): the choices are written in one statement each
 * way and the published rubric comes from memory.
 */
@QuarkusTest
class ScoreSheetStatementsTest {
    /** Lock and read the sheet, entry and round, the seat and recusal, the choices, their changes, the sheet, audit. */
    static final long SAVE_BOUND = 10;
    static final long SUBMIT_BOUND = 9;

    @Inject
    TestProducts products;
    @Inject
    EntityManagerFactory emf;

    @Test
    void aSaveAndASubmitAreAHandfulOfStatements() {
        long[] r = scoringRound(products, "DISTRICT", CAUKE, B148, CAUKE_COUNCIL, CAUKE);
        String member = CAUKE_COUNCIL.get(0);
        JsonPath rubric = sheet(as(OFFICE).get("/api/v1/evaluation-entries/" + r[1]).then().statusCode(200).extract()
                .jsonPath().getLong("rubricSheetId"));
        long sheet = as(member).body(Map.of("entryId", r[1])).post("/api/v1/score-sheets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        // The first save reads the rubric into memory; the counted ones change every criterion's choice, then some.
        String etag = save(member, sheet, as(member).get("/api/v1/score-sheets/" + sheet).then().extract().header("ETag"),
                choices(rubric, 40, 0));
        for (int target : new int[]{75, 72}) {
            List<Map<String, Object>> choices = choices(rubric, target, 3);
            String[] next = new String[1];
            String before = etag;
            long statements = Exports.statements(emf, member, req -> next[0] = req.header("If-Match", before)
                    .body(Map.of("choices", choices)).put("/api/v1/score-sheets/" + sheet).then().statusCode(200)
                    .body("total", equalTo(total(rubric, choices))).extract().header("ETag"));
            System.out.println("score-sheet save to " + target + ": " + statements + " SQL statements");
            assertTrue(statements <= SAVE_BOUND, "a save costs " + statements + " statements, more than " + SAVE_BOUND);
            etag = next[0];
        }
        long statements = Exports.statements(emf, member, req -> req.post("/api/v1/score-sheets/" + sheet + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")));
        System.out.println("score-sheet submit: " + statements + " SQL statements");
        assertTrue(statements <= SUBMIT_BOUND, "a submit costs " + statements + " statements, more than " + SUBMIT_BOUND);
    }

    private static String save(String member, long sheet, String etag, List<Map<String, Object>> choices) {
        return as(member).header("If-Match", etag).body(Map.of("choices", choices)).put("/api/v1/score-sheets/" + sheet)
                .then().statusCode(200).extract().header("ETag");
    }
}
