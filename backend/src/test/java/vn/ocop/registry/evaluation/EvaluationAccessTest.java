package vn.ocop.registry.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B1048;
import static vn.ocop.registry.evaluation.EvaluationFixtures.CAUKE_COUNCIL;
import static vn.ocop.registry.evaluation.EvaluationFixtures.PROVINCE;
import static vn.ocop.registry.evaluation.EvaluationFixtures.action;
import static vn.ocop.registry.evaluation.EvaluationFixtures.choices;
import static vn.ocop.registry.evaluation.EvaluationFixtures.council;
import static vn.ocop.registry.evaluation.EvaluationFixtures.enter;
import static vn.ocop.registry.evaluation.EvaluationFixtures.etag;
import static vn.ocop.registry.evaluation.EvaluationFixtures.round;
import static vn.ocop.registry.evaluation.EvaluationFixtures.roundBody;
import static vn.ocop.registry.evaluation.EvaluationFixtures.sheet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.ocop.registry.common.TestProducts;

/**
 * Every evaluation endpoint × every kind of caller, with real tokens. The rounds are Cầu Kè's (845) with the
 * council dc-cauke-1 (chair, the DC_CAUKE user), dc-cauke-2 and dc-cauke-3; pc1 sits on no council here and
 * the Trà Vinh officer and council member are the other district.
 */
@QuarkusTest
class EvaluationAccessTest {
    private static final List<String> USERS = List.of(OFFICE, PC, DC_TRAVINH, DC_CAUKE, DO_TRAVINH, DO_CAUKE,
            INTEGRATOR, ANONYMOUS);
    /** Who reads Cầu Kè's rounds, entries and results. */
    private static final Set<String> READERS = Set.of(OFFICE, PC, DC_CAUKE, DO_CAUKE, INTEGRATOR);
    private static long[] closed;
    private static long submittedSheet;

    @Inject
    TestProducts products;

    static Stream<Arguments> everyone() {
        return USERS.stream().map(Arguments::of);
    }

    private static int expect(String user, Set<String> allowed, int success) {
        return allowed.contains(user) ? success : ANONYMOUS.equals(user) ? 401 : 403;
    }

    private static void check(ValidatableResponse r, String user, Set<String> allowed, int success) {
        int status = expect(user, allowed, success);
        r.statusCode(status);
        if (status >= 400) {
            r.contentType(startsWith("application/problem+json"));
        }
    }

    private long[] scoring() {
        return EvaluationFixtures.scoringRound(products, "DISTRICT", CAUKE, B1048, CAUKE_COUNCIL, CAUKE);
    }

    /** A round with its council and an entry, still OPEN. Returns {round, entry}. */
    private long[] open() {
        long round = round("DISTRICT", CAUKE, B1048);
        council(round, CAUKE_COUNCIL);
        return new long[]{round, enter(OFFICE, round, EvaluationFixtures.product(products, CAUKE, B1048, "Chuối sấy"))};
    }

    /** A closed round whose entry dc-cauke-1 scored, and that submitted sheet; made once for the class. */
    private synchronized long[] closed() {
        if (closed == null) {
            long[] f = scoring();
            long rubric = as(OFFICE).get("/api/v1/evaluation-entries/" + f[1]).then().extract().jsonPath()
                    .getLong("rubricSheetId");
            submittedSheet = EvaluationFixtures.fillAndSubmit(DC_CAUKE, f[1], choices(sheet(rubric), 60, 0));
            as(OFFICE).body(Map.of("forwardToRoundId", round("PROVINCIAL", PROVINCE, B1048)))
                    .post("/api/v1/evaluation-rounds/" + f[0] + "/close").then().statusCode(200);
            closed = f;
        }
        return closed;
    }

    private static long draftSheet(long entry) {
        return as(DC_CAUKE).body(Map.of("entryId", entry)).post("/api/v1/score-sheets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static List<Map<String, Object>> choicesOf(long entry) {
        long rubric = as(OFFICE).get("/api/v1/evaluation-entries/" + entry).then().extract().jsonPath()
                .getLong("rubricSheetId");
        return choices(sheet(rubric), 70, 0);
    }

    // ---- rounds ----

    @ParameterizedTest
    @MethodSource("everyone")
    void listRounds(String user) {
        closed();
        check(as(user).get("/api/v1/evaluation-rounds").then(), user, Set.of(OFFICE, PC, DC_TRAVINH, DC_CAUKE,
                DO_TRAVINH, DO_CAUKE, INTEGRATOR), 200);
        if (user.equals(DC_TRAVINH) || user.equals(DO_TRAVINH)) {
            as(user).queryParam("adminUnitCode", CAUKE).get("/api/v1/evaluation-rounds").then().body("total", equalTo(0));
        }
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void getRound(String user) {
        check(as(user).get("/api/v1/evaluation-rounds/" + closed()[0]).then(), user, READERS, 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void createRound(String user) {
        check(as(user).body(roundBody("DISTRICT", CAUKE, B1048, 2022)).post("/api/v1/evaluation-rounds").then(), user,
                Set.of(OFFICE), 201);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void updateRound(String user) {
        long round = round("DISTRICT", CAUKE, B1048);
        check(as(user).header("If-Match", etag("/api/v1/evaluation-rounds/" + round))
                .body(roundBody("DISTRICT", CAUKE, B1048, 2023)).put("/api/v1/evaluation-rounds/" + round).then(), user,
                Set.of(OFFICE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void getCouncil(String user) {
        check(as(user).get("/api/v1/evaluation-rounds/" + closed()[0] + "/council").then(), user,
                Set.of(OFFICE, PC, DC_CAUKE, DO_CAUKE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void setCouncil(String user) {
        long round = round("DISTRICT", CAUKE, B1048);
        check(as(user).header("If-Match", etag("/api/v1/evaluation-rounds/" + round))
                .body(Map.of("quorumPercent", 80, "members", List.of(Map.of("username", "dc-cauke-1", "fullName",
                        "Võ Thanh Phong", "chair", true))))
                .put("/api/v1/evaluation-rounds/" + round + "/council").then(),
                user, Set.of(OFFICE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void startScoring(String user) {
        check(as(user).post("/api/v1/evaluation-rounds/" + open()[0] + "/start-scoring").then(), user, Set.of(OFFICE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void close(String user) {
        long round = round("DISTRICT", CAUKE, B1048);
        council(round, CAUKE_COUNCIL);
        action(round, "start-scoring");
        check(as(user).post("/api/v1/evaluation-rounds/" + round + "/close").then(), user, Set.of(OFFICE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void finalizeRound(String user) {
        long round = round("DISTRICT", CAUKE, B1048);
        council(round, CAUKE_COUNCIL);
        action(round, "start-scoring");
        action(round, "close");
        check(as(user).post("/api/v1/evaluation-rounds/" + round + "/finalize").then(), user, Set.of(OFFICE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void decision(String user) {
        long round = round("DISTRICT", CAUKE, B1048);
        council(round, CAUKE_COUNCIL);
        action(round, "start-scoring");
        action(round, "close");
        action(round, "finalize");
        // the office passes the access check and meets the rule: nothing was recognised
        check(as(user).body(Map.of("number", "1/QĐ-UBND", "decidedOn", "2022-07-01", "signer", "Chủ tịch UBND huyện"))
                .post("/api/v1/evaluation-rounds/" + round + "/decision").then(), user, Set.of(OFFICE), 409);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void roundAudit(String user) {
        check(as(user).get("/api/v1/evaluation-rounds/" + closed()[0] + "/history").then(), user,
                Set.of(OFFICE, DC_CAUKE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void results(String user) {
        check(as(user).get("/api/v1/evaluation-rounds/" + closed()[0] + "/results").then(), user, READERS, 200);
    }

    // ---- entries ----

    @ParameterizedTest
    @MethodSource("everyone")
    void listRoundEntries(String user) {
        check(as(user).get("/api/v1/evaluation-rounds/" + closed()[0] + "/entries").then(), user, READERS, 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void enterProduct(String user) {
        long round = round("DISTRICT", CAUKE, B1048);
        long product = EvaluationFixtures.product(products, CAUKE, B1048, "Bưởi năm roi");
        check(as(user).body(Map.of("productId", product)).post("/api/v1/evaluation-rounds/" + round + "/entries").then(),
                user, Set.of(OFFICE, DO_CAUKE), 201);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void listEntries(String user) {
        check(as(user).queryParam("roundId", closed()[0]).get("/api/v1/evaluation-entries").then(), user, READERS, 200);
        check(as(user).get("/api/v1/evaluation-entries").then(), user, Set.of(OFFICE, PC, DC_TRAVINH, DC_CAUKE,
                DO_TRAVINH, DO_CAUKE, INTEGRATOR), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void getEntry(String user) {
        check(as(user).get("/api/v1/evaluation-entries/" + closed()[1]).then(), user, READERS, 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void deleteEntry(String user) {
        long entry = open()[1];
        check(as(user).header("If-Match", etag("/api/v1/evaluation-entries/" + entry))
                .delete("/api/v1/evaluation-entries/" + entry).then(), user, Set.of(OFFICE, DO_CAUKE), 204);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void eliminations(String user) {
        long entry = open()[1];
        check(as(user).header("If-Match", etag("/api/v1/evaluation-entries/" + entry))
                .body(Map.of("conditionIds", List.of())).put("/api/v1/evaluation-entries/" + entry + "/eliminations")
                .then(), user, Set.of(OFFICE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void dossierCheck(String user) {
        // a district council scores: the office passes the access check and meets the 409 of the rule
        check(as(user).body(Map.of("status", "FAILED", "note", "Thiếu hồ sơ"))
                .post("/api/v1/evaluation-entries/" + open()[1] + "/dossier-check").then(), user, Set.of(OFFICE), 409);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void recuse(String user) {
        check(as(user).body(Map.of("reason", "Người thân của chủ thể"))
                .post("/api/v1/evaluation-entries/" + open()[1] + "/recusals").then(), user, Set.of(DC_CAUKE), 201);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void entryResult(String user) {
        check(as(user).get("/api/v1/evaluation-entries/" + closed()[1] + "/result").then(), user, READERS, 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void entryAudit(String user) {
        check(as(user).get("/api/v1/evaluation-entries/" + closed()[1] + "/history").then(), user,
                Set.of(OFFICE, DC_CAUKE), 200);
    }

    // ---- score sheets ----

    @ParameterizedTest
    @MethodSource("everyone")
    void listSheets(String user) {
        closed();
        check(as(user).get("/api/v1/score-sheets").then(), user, Set.of(OFFICE, PC, DC_TRAVINH, DC_CAUKE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void getSheet(String user) {
        closed();
        check(as(user).get("/api/v1/score-sheets/" + submittedSheet).then(), user, Set.of(OFFICE, DC_CAUKE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void createSheet(String user) {
        check(as(user).body(Map.of("entryId", scoring()[1])).post("/api/v1/score-sheets").then(), user,
                Set.of(DC_CAUKE), 201);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void updateSheet(String user) {
        long entry = scoring()[1];
        long sheet = draftSheet(entry);
        check(as(user).header("If-Match", "\"0\"").body(Map.of("choices", choicesOf(entry)))
                .put("/api/v1/score-sheets/" + sheet).then(), user, Set.of(DC_CAUKE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void submitSheet(String user) {
        long entry = scoring()[1];
        long sheet = draftSheet(entry);
        as(DC_CAUKE).header("If-Match", "\"0\"").body(Map.of("choices", choicesOf(entry)))
                .put("/api/v1/score-sheets/" + sheet).then().statusCode(200);
        check(as(user).post("/api/v1/score-sheets/" + sheet + "/submit").then(), user, Set.of(DC_CAUKE), 200);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void reopenSheet(String user) {
        long entry = scoring()[1];
        long sheet = EvaluationFixtures.fillAndSubmit(DC_CAUKE, entry, choicesOf(entry));
        check(as(user).body(Map.of("reason", "Chấm lại tiêu chí B4.1"))
                .post("/api/v1/score-sheets/" + sheet + "/reopen").then(), user, Set.of(DC_CAUKE), 200);
    }
}
