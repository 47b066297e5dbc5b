package vn.ocop.registry.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B1048;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B148;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B1489;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B2026;
import static vn.ocop.registry.evaluation.EvaluationFixtures.NEW_PROVINCE;
import static vn.ocop.registry.evaluation.EvaluationFixtures.PROVINCE;
import static vn.ocop.registry.evaluation.EvaluationFixtures.PROVINCIAL_COUNCIL;
import static vn.ocop.registry.evaluation.EvaluationFixtures.action;
import static vn.ocop.registry.evaluation.EvaluationFixtures.choices;
import static vn.ocop.registry.evaluation.EvaluationFixtures.council;
import static vn.ocop.registry.evaluation.EvaluationFixtures.enter;
import static vn.ocop.registry.evaluation.EvaluationFixtures.fillAndSubmit;
import static vn.ocop.registry.evaluation.EvaluationFixtures.roundBody;
import static vn.ocop.registry.evaluation.EvaluationFixtures.sheet;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestProducts;

/**
 * Issue 11 §4: a new round takes the legal basis in force on its opening day and a rubric version of the basis whose
 * sheets that basis uses, in effect on that day (1489 scores on 148's sheets, without a district level).
 */
@QuarkusTest
class RoundLegalBasisTest {
    static final String PHUONG_TRA_VINH = "29242";

    @Inject
    TestProducts products;

    /** The province of a day: Trà Vinh (84) before the 2025 reform, Vĩnh Long (86) from 2025-07-01. */
    private static String provinceOn(String day) {
        return day.compareTo("2025-07-01") < 0 ? PROVINCE : NEW_PROVINCE;
    }

    /** A round body that names neither a legal basis nor a rubric version. */
    private static Map<String, Object> opening(String level, String unit, String opensOn) {
        Map<String, Object> body = new HashMap<>(Map.of("year", Integer.parseInt(opensOn.substring(0, 4)), "level",
                level, "adminUnitCode", unit, "opensOn", opensOn, "closesOn", opensOn.substring(0, 4) + "-12-20"));
        return body;
    }

    private static ValidatableResponse create(Map<String, Object> body) {
        return as(OFFICE).body(body).post("/api/v1/evaluation-rounds").then();
    }

    @Test
    void aRoundOpenedOn10July2025Follows1489AndScoresOnA148Version() {
        long version = create(opening("PROVINCIAL", NEW_PROVINCE, "2025-07-10")).statusCode(201)
                .body("legalBasisCode", equalTo(B1489)).extract().jsonPath().getLong("rubricVersionId");
        // the version is one of 148, in effect on that day
        assertPublishedInEffect(version, B148, "2025-07-10");
        // naming 1489 and a 148 version is the same
        Map<String, Object> named = opening("PROVINCIAL", NEW_PROVINCE, "2025-07-10");
        named.put("legalBasisCode", B1489);
        named.put("rubricVersionId", EvaluationFixtures.version(B148));
        create(named).statusCode(201).body("legalBasisCode", equalTo(B1489));
    }

    @Test
    void aRoundOpenedOn1August2026Follows26Of2026() {
        long version = create(opening("PROVINCIAL", NEW_PROVINCE, "2026-08-01")).statusCode(201)
                .body("legalBasisCode", equalTo(B2026)).extract().jsonPath().getLong("rubricVersionId");
        assertPublishedInEffect(version, B2026, "2026-08-01");
    }

    /** A version new rounds may take on {@code day}: published, of {@code basis}, in effect that day. */
    private static void assertPublishedInEffect(long version, String basis, String day) {
        var v = as(OFFICE).get("/api/v1/rubric-versions/" + version).then().statusCode(200)
                .body("legalBasisCode", equalTo(basis)).body("status", equalTo("PUBLISHED")).extract().jsonPath();
        assertTrue(v.getString("effectiveFrom").compareTo(day) <= 0, "in effect from " + v.getString("effectiveFrom"));
        String to = v.getString("effectiveTo");
        assertTrue(to == null || to.compareTo(day) >= 0, "in effect until " + to);
    }

    /** A round is held by a unit of its opening day: Trà Vinh (84) ended with the 2025 reform. */
    @Test
    void aRoundInAUnitThatNoLongerExistsIsRefused() {
        create(opening("PROVINCIAL", PROVINCE, "2026-08-01")).statusCode(400)
                .body("errors[0].field", equalTo("adminUnitCode"))
                .body("errors[0].message", containsString("not on 2026-08-01"));
    }

    @Test
    void eachBoundaryDayOpensUnderItsOwnBasis() {
        String[][] days = {{"2023-02-23", B1048}, {"2023-02-24", B148}, {"2025-07-05", B148},
                {"2025-07-06", B1489}, {"2026-07-20", B1489}, {"2026-07-21", B2026}};
        for (String[] day : days) {
            create(opening("PROVINCIAL", provinceOn(day[0]), day[0])).statusCode(201).body("legalBasisCode", equalTo(day[1]));
        }
    }

    @Test
    void askingForAnotherBasisIsRefusedNamingTheOneInForce() {
        Map<String, Object> body = opening("PROVINCIAL", NEW_PROVINCE, "2025-07-10");
        body.put("legalBasisCode", B148);
        create(body).statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("legalBasisCode"))
                .body("errors[0].message", containsString("follows " + B1489))
                .body("errors[0].message", containsString("2025-07-06 – 2026-07-20"));
        // the fixtures' 148 body, opened after 1489 took over
        Map<String, Object> late = new HashMap<>(roundBody("PROVINCIAL", NEW_PROVINCE, B148, 2026));
        late.put("opensOn", "2026-08-01");
        late.put("closesOn", "2026-12-01");
        create(late).statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("legalBasisCode"))
                .body("errors.find { it.field == 'legalBasisCode' }.message", containsString("follows " + B2026));
        // a day before any basis
        create(opening("PROVINCIAL", PROVINCE, "2019-08-20")).statusCode(400)
                .body("errors[0].field", equalTo("opensOn"));
    }

    @Test
    void under1489ThereIsNoDistrictRoundAndOnly148VersionsInEffectScore() {
        create(opening("DISTRICT", "845", "2025-07-10")).statusCode(400).body("errors[0].field", equalTo("level"))
                .body("errors[0].message", containsString("DISTRICT is not a level of the procedure of " + B1489));
        Map<String, Object> oldSheets = opening("PROVINCIAL", NEW_PROVINCE, "2025-07-10");
        oldSheets.put("rubricVersionId", EvaluationFixtures.version(B1048));
        create(oldSheets).statusCode(400).body("errors[0].field", equalTo("rubricVersionId"))
                .body("errors[0].message", containsString("scores on a version of " + B148));
        // 148's version ends on 2026-07-20: a 26/2026 round cannot take it
        Map<String, Object> ended = opening("PROVINCIAL", NEW_PROVINCE, "2026-08-01");
        ended.put("rubricVersionId", EvaluationFixtures.version(B148));
        create(ended).statusCode(400).body("errors[0].field", equalTo("rubricVersionId"));
    }

    /** Under 1489 the province recognises 3★ (under 148 as issued it recognised only 4★), with a T-X code. */
    @Test
    void a1489ProvincialRoundScoresA148ProductAndRecognisesThreeStarsWithACommuneCode() {
        // registered on the new map (Phường Trà Vinh) before the round
        Map<String, Object> producer = new HashMap<>(
                TestData.producerToday(PHUONG_TRA_VINH, "Hợp tác xã Dừa " + UUID.randomUUID()));
        producer.put("registeredOn", "2025-07-02");
        long producerId = as(OFFICE).body(producer).post("/api/v1/producers").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long product = products.create(producerId, "Kẹo dừa sáp", B148, 1, 2025);
        long round = create(opening("PROVINCIAL", NEW_PROVINCE, "2025-07-10")).statusCode(201).extract().jsonPath()
                .getLong("id");
        council(round, PROVINCIAL_COUNCIL);
        long entry = enter(OFFICE, round, product);
        action(round, "start-scoring");
        long sheetId = as(OFFICE).get("/api/v1/evaluation-entries/" + entry).then().statusCode(200)
                .body("rubricSheetId", notNullValue()).extract().jsonPath().getLong("rubricSheetId");
        JsonPath rubric = sheet(sheetId);
        for (String member : PROVINCIAL_COUNCIL) {
            fillAndSubmit(member, entry, choices(rubric, 60, 3));
        }
        as(OFFICE).post("/api/v1/evaluation-rounds/" + round + "/close").then().statusCode(200)
                .body("outcomeCounts.RECOGNISED", equalTo(1));
        action(round, "finalize");
        long decision = as(OFFICE).body(Map.of("number", UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND",
                "decidedOn", "2025-09-15", "signer", "Chủ tịch UBND tỉnh")).post("/api/v1/evaluation-rounds/" + round
                        + "/decision")
                .then().statusCode(201).body("legalBasisCode", equalTo(B1489)).extract().jsonPath().getLong("id");
        as(OFFICE).queryParam("decisionId", decision).get("/api/v1/ocop-certificates").then().statusCode(200)
                .body("items[0].stars", equalTo(3))
                .body("items[0].productCode", matchesPattern("86-" + PHUONG_TRA_VINH + "-\\d{3}-2025"));
    }
}
