package vn.ocop.registry.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.Concurrently.CALLERS;
import static vn.ocop.registry.common.Concurrently.oneWins;
import static vn.ocop.registry.common.Concurrently.send;
import static vn.ocop.registry.common.Concurrently.statuses;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B148;
import static vn.ocop.registry.evaluation.EvaluationFixtures.CAUKE_COUNCIL;
import static vn.ocop.registry.evaluation.EvaluationFixtures.action;
import static vn.ocop.registry.evaluation.EvaluationFixtures.choices;
import static vn.ocop.registry.evaluation.EvaluationFixtures.fillAndSubmit;
import static vn.ocop.registry.evaluation.EvaluationFixtures.scoringRound;
import static vn.ocop.registry.evaluation.EvaluationFixtures.sheet;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.ocop.registry.common.TestClock;
import vn.ocop.registry.common.TestProducts;

/**
 * The workflow steps that must happen once, each sent by 50 callers at the same instant (issue 14 §3): a sheet's
 * submit, a round's close, a round's decision with and without an Idempotency-Key. One caller wins, the others learn
 * why they lost, and the database holds one result, never two.
 */
@QuarkusTest
class EvaluationConcurrencyTest {
    /** The three members' totals: a mean of 60, 3★ in a 148 district round. */
    private static final int[] TOTALS = {60, 62, 58};

    @Inject
    TestProducts products;
    @Inject
    AgroalDataSource db;

    /** A 148 district round of Cầu Kè, SCORING, one entry; the first {@code sheets} members submitted 60, 62, 58. */
    private long[] roundWithSheets(int sheets) {
        long[] r = scoringRound(products, "DISTRICT", CAUKE, B148, CAUKE_COUNCIL, CAUKE);
        for (int i = 0; i < sheets; i++) {
            fillAndSubmit(CAUKE_COUNCIL.get(i), r[1], choices(rubric(r[1]), TOTALS[i], 3));
        }
        return r;
    }

    private static JsonPath rubric(long entry) {
        return sheet(as(OFFICE).get("/api/v1/evaluation-entries/" + entry).then().statusCode(200).extract().jsonPath()
                .getLong("rubricSheetId"));
    }

    /** The third member's sheet, filled in and still DRAFT. */
    private long filledThirdSheet(long entry) {
        String member = CAUKE_COUNCIL.get(2);
        long sheet = as(member).body(Map.of("entryId", entry)).post("/api/v1/score-sheets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String etag = as(member).get("/api/v1/score-sheets/" + sheet).then().extract().header("ETag");
        as(member).header("If-Match", etag).body(Map.of("choices", choices(rubric(entry), TOTALS[2], 3)))
                .put("/api/v1/score-sheets/" + sheet).then().statusCode(200);
        return sheet;
    }

    private long count(String sql, Object... params) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long audits(String type, long id, String action) throws Exception {
        return count("SELECT count(*) FROM audit_event WHERE entity_type = ? AND entity_id = ? AND action = ?", type,
                Long.toString(id), action);
    }

    private static Map<String, Object> decision(String number) {
        return Map.of("number", number, "decidedOn", TestClock.today().toString(), "signer", "Phó Chủ tịch UBND tỉnh");
    }

    /** One round through its steps, each sent by 50 callers at once: a sheet's submit, the close, the decision. */
    @Test
    void eachStepOfARoundHappensOnceUnderFiftyCallers() throws Exception {
        long[] r = roundWithSheets(2);
        long sheet = filledThirdSheet(r[1]);
        String member = CAUKE_COUNCIL.get(2);
        List<Response> submits = send(CALLERS, i -> as(member).post("/api/v1/score-sheets/" + sheet + "/submit"));
        oneWins(submits, 200, 409).then().body("status", equalTo("SUBMITTED")).body("total", equalTo(58));
        assertEquals(1, count("SELECT count(*) FROM audit_event WHERE entity_type = ? AND entity_id = ? AND action = ? "
                + "AND note LIKE ?", RoundService.AUDIT_ENTRY, Long.toString(r[1]), SheetScoring.SUBMITTED,
                "sheet " + sheet + " %"), "one submit of the sheet in the trail");

        List<Response> closes = send(CALLERS, i -> as(OFFICE).post("/api/v1/evaluation-rounds/" + r[0] + "/close"));
        oneWins(closes, 200, 409).then().body("status", equalTo("CLOSED"));
        assertEquals(1, count("SELECT count(*) FROM evaluation_result WHERE round_id = ?", r[0]), "one result per entry");
        assertEquals(1, audits(RoundService.AUDIT_ROUND, r[0], "CLOSED"));
        assertEquals(1, audits(RoundService.AUDIT_ENTRY, r[1], "RESULT"));
        as(OFFICE).get("/api/v1/evaluation-entries/" + r[1] + "/result").then().statusCode(200)
                .body("outcome", equalTo("RECOGNISED")).body("mean", equalTo(60.0f));

        action(r[0], "finalize");
        String prefix = UUID.randomUUID().toString().substring(0, 6);
        List<Response> decisions = send(CALLERS, i -> as(OFFICE).body(decision(prefix + "-" + i + "/QĐ-UBND"))
                .post("/api/v1/evaluation-rounds/" + r[0] + "/decision"));
        Response winner = oneWins(decisions, 201, 409);
        assertEquals(1, count("SELECT count(*) FROM recognition_decision WHERE evaluation_round_id = ?", r[0]));
        assertEquals(1, count("SELECT count(*) FROM ocop_certificate c JOIN recognition_decision d ON d.id = c.decision_id "
                + "WHERE d.evaluation_round_id = ?", r[0]), "one certificate for the one recognised entry");
        as(OFFICE).get("/api/v1/evaluation-rounds/" + r[0]).then().statusCode(200)
                .body("decisionId", equalTo(winner.jsonPath().getInt("id")));
    }

    @Test
    void fiftyReplaysOfOneIdempotencyKeyGetTheOneDecision() throws Exception {
        long[] r = roundWithSheets(3);
        action(r[0], "close");
        action(r[0], "finalize");
        long round = r[0];
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = decision(key.substring(0, 6) + "/QĐ-UBND");
        List<Response> answers = send(CALLERS, i -> as(OFFICE).header("Idempotency-Key", key).body(body)
                .post("/api/v1/evaluation-rounds/" + round + "/decision"));
        assertEquals(Map.of(201, CALLERS), statuses(answers), "every replay gets the decision");
        assertEquals(CALLERS - 1, answers.stream().filter(a -> "true".equals(a.header("Idempotent-Replayed"))).count(),
                "one created it, the others were told it is a replay");
        assertEquals(1, answers.stream().map(a -> a.header("Location")).distinct().count(), "one decision");
        assertEquals(1, count("SELECT count(*) FROM recognition_decision WHERE evaluation_round_id = ?", round));
    }
}
