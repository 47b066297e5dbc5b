package vn.ocop.registry.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B1048;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B148;
import static vn.ocop.registry.evaluation.EvaluationFixtures.CAUKE_COUNCIL;
import static vn.ocop.registry.evaluation.EvaluationFixtures.PROVINCE;
import static vn.ocop.registry.evaluation.EvaluationFixtures.choices;
import static vn.ocop.registry.evaluation.EvaluationFixtures.etag;
import static vn.ocop.registry.evaluation.EvaluationFixtures.roundBody;
import static vn.ocop.registry.evaluation.EvaluationFixtures.scoringRound;
import static vn.ocop.registry.evaluation.EvaluationFixtures.sheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import vn.ocop.registry.common.TestProducts;

/** What evaluations refuse: every refusal is a problem+json 400, 403 or 409 and changes nothing. */
@QuarkusTest
class EvaluationRefusalTest {
    @Inject
    TestProducts products;

    private long[] scoring() {
        return scoringRound(products, "DISTRICT", CAUKE, B1048, CAUKE_COUNCIL, CAUKE);
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType(startsWith("application/problem+json"));
    }

    private static long startSheet(String member, long entry) {
        return as(member).body(Map.of("entryId", entry)).post("/api/v1/score-sheets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static JsonPath officeView(long sheetId) {
        return new JsonPath(as(OFFICE).get("/api/v1/score-sheets/" + sheetId).then().statusCode(200).extract().asString());
    }

    private static List<Map<String, Object>> choicesOf(long entry, int target) {
        long sheetId = as(OFFICE).get("/api/v1/evaluation-entries/" + entry).then().extract().jsonPath()
                .getLong("rubricSheetId");
        return choices(sheet(sheetId), target, 0);
    }

    private static void put(String user, long sheet, List<Map<String, Object>> choices, int expected) {
        String etag = officeView(sheet).getString("version");
        ValidatableResponse r = as(user).header("If-Match", "\"" + etag + "\"").body(Map.of("choices", choices))
                .put("/api/v1/score-sheets/" + sheet).then();
        if (expected == 200) {
            r.statusCode(200);
        } else {
            problem(r, expected);
        }
    }

    @Test
    void noOneScoresSomeoneElsesSheet() {
        long[] f = scoring();
        long sheet = startSheet("dc-cauke-1", f[1]);
        put("dc-cauke-2", sheet, choicesOf(f[1], 70), 403);
        JsonPath after = officeView(sheet);
        assertEquals(0, after.getInt("total"));
        assertEquals(0, after.getInt("version"));
        problem(as("dc-cauke-2").post("/api/v1/score-sheets/" + sheet + "/submit").then(), 403);
        // a council member of another district is not told whose sheet it is
        problem(as(DC_TRAVINH).post("/api/v1/score-sheets/" + sheet + "/submit").then(), 403)
                .body("detail", not(containsString("dc-cauke-1")));
    }

    @Test
    void aSubmittedSheetIsLockedUntilTheChairReopensIt() {
        long[] f = scoring();
        long sheet = startSheet("dc-cauke-2", f[1]);
        put("dc-cauke-2", sheet, choicesOf(f[1], 70), 200);
        as("dc-cauke-2").post("/api/v1/score-sheets/" + sheet + "/submit").then().statusCode(200);
        long version = officeView(sheet).getLong("version");

        put("dc-cauke-2", sheet, choicesOf(f[1], 60), 409);
        problem(as("dc-cauke-2").post("/api/v1/score-sheets/" + sheet + "/submit").then(), 409);
        // a member who is not the chair cannot reopen it
        problem(as("dc-cauke-3").body(Map.of("reason", "Chấm lại")).post("/api/v1/score-sheets/" + sheet + "/reopen")
                .then(), 403);
        JsonPath after = officeView(sheet);
        assertEquals("SUBMITTED", after.getString("status"));
        assertEquals(70, after.getInt("total"));
        assertEquals(version, after.getLong("version"));

        problem(as("dc-cauke-1").body(Map.of("reason", " ")).post("/api/v1/score-sheets/" + sheet + "/reopen").then(), 400);
        as("dc-cauke-1").body(Map.of("reason", "Thành viên chấm nhầm tiêu chí C6.2"))
                .post("/api/v1/score-sheets/" + sheet + "/reopen").then().statusCode(200).body("status", equalTo("DRAFT"));
        put("dc-cauke-2", sheet, choicesOf(f[1], 66), 200);
        as(OFFICE).queryParam("size", 50).get("/api/v1/evaluation-entries/" + f[1] + "/history").then().statusCode(200)
                .body("items.find { it.action == 'SHEET_REOPENED' }.note", containsString("chấm nhầm tiêu chí C6.2"))
                .body("items.find { it.action == 'SHEET_REOPENED' }.actor", equalTo("dc-cauke-1"));
    }

    @Test
    void aRecusedMemberNeitherSeesNorScoresTheEntry() {
        long[] f = scoring();
        long other = startSheet("dc-cauke-1", f[1]);
        problem(as("dc-cauke-3").body(Map.of("reason", "")).post("/api/v1/evaluation-entries/" + f[1] + "/recusals")
                .then(), 400);
        as("dc-cauke-3").body(Map.of("reason", "Người thân của chủ thể sản xuất"))
                .post("/api/v1/evaluation-entries/" + f[1] + "/recusals").then().statusCode(201)
                .body("username", equalTo("dc-cauke-3"));

        problem(as("dc-cauke-3").body(Map.of("entryId", f[1])).post("/api/v1/score-sheets").then(), 403);
        problem(as("dc-cauke-3").get("/api/v1/evaluation-entries/" + f[1]).then(), 403);
        problem(as("dc-cauke-3").get("/api/v1/score-sheets/" + other).then(), 403);
        problem(as("dc-cauke-3").get("/api/v1/evaluation-entries/" + f[1] + "/history").then(), 403);
        as("dc-cauke-3").get("/api/v1/evaluation-rounds/" + f[0] + "/entries").then().statusCode(200)
                .body("total", equalTo(0));
        as(OFFICE).queryParam("entryId", f[1]).get("/api/v1/score-sheets").then().statusCode(200)
                .body("total", equalTo(1));
        as(OFFICE).get("/api/v1/evaluation-entries/" + f[1]).then().statusCode(200)
                .body("recusedMembers", equalTo(List.of("dc-cauke-3")));
        as(OFFICE).get("/api/v1/evaluation-entries/" + f[1] + "/history").then().statusCode(200)
                .body("items.find { it.action == 'RECUSED' }.note", equalTo("Người thân của chủ thể sản xuất"));
    }

    @Test
    void othersScoresStayHiddenUntilOwnSubmissionOrTheClose() {
        long[] f = scoring();
        long first = EvaluationFixtures.fillAndSubmit("dc-cauke-1", f[1], choicesOf(f[1], 75));
        EvaluationFixtures.fillAndSubmit("dc-cauke-2", f[1], choicesOf(f[1], 71));
        problem(as("dc-cauke-3").get("/api/v1/score-sheets/" + first).then(), 403);
        as("dc-cauke-3").queryParam("entryId", f[1]).get("/api/v1/score-sheets").then().body("total", equalTo(0));
        as("dc-cauke-3").queryParam("size", 50).get("/api/v1/evaluation-entries/" + f[1] + "/history").then()
                .statusCode(200)
                .body("items.findAll { it.action == 'SCORE_CHANGED' }.changes", everyItem(nullValue()))
                .body("items.findAll { it.action == 'SCORE_CHANGED' }.actor", equalTo(List.of("dc-cauke-1", "dc-cauke-2")));
        long provincial = EvaluationFixtures.round("PROVINCIAL", PROVINCE, B1048);
        as(OFFICE).body(Map.of("forwardToRoundId", provincial)).post("/api/v1/evaluation-rounds/" + f[0] + "/close")
                .then().statusCode(200);
        as("dc-cauke-3").get("/api/v1/score-sheets/" + first).then().statusCode(200).body("total", equalTo(75));
        as("dc-cauke-3").queryParam("entryId", f[1]).get("/api/v1/score-sheets").then().body("total", equalTo(2));
        as("dc-cauke-3").queryParam("size", 50).get("/api/v1/evaluation-entries/" + f[1] + "/history").then()
                .body("items.find { it.action == 'SCORE_CHANGED' }.changes.'A1.1'.to", notNullValue());
        as("dc-cauke-3").get("/api/v1/evaluation-rounds/" + f[0] + "/history").then().statusCode(200)
                .body("items.action", hasItem("CLOSED"));
    }

    @Test
    void aRecusedMembersSheetDoesNotCount() {
        long[] f = scoring();
        List<Map<String, Object>> at80 = choicesOf(f[1], 80);
        EvaluationFixtures.fillAndSubmit("dc-cauke-1", f[1], at80);
        EvaluationFixtures.fillAndSubmit("dc-cauke-2", f[1], at80);
        EvaluationFixtures.fillAndSubmit("dc-cauke-3", f[1], choicesOf(f[1], 20));
        as("dc-cauke-3").body(Map.of("reason", "Tư vấn cho chủ thể")).post("/api/v1/evaluation-entries/" + f[1]
                + "/recusals").then().statusCode(201);
        long provincial = EvaluationFixtures.round("PROVINCIAL", PROVINCE, B1048);
        as(OFFICE).body(Map.of("forwardToRoundId", provincial)).post("/api/v1/evaluation-rounds/" + f[0] + "/close")
                .then().statusCode(200);
        as(OFFICE).get("/api/v1/evaluation-entries/" + f[1] + "/result").then().statusCode(200)
                .body("eligibleMembers", equalTo(2)).body("submittedSheets", equalTo(2)).body("mean", equalTo(80.0f))
                .body("outcome", equalTo("FORWARDED"));
    }

    @Test
    void nonMembersAndOtherDistrictsAreKeptOut() {
        long[] f = scoring();
        problem(as("pc1").body(Map.of("entryId", f[1])).post("/api/v1/score-sheets").then(), 403);
        problem(as(DC_TRAVINH).body(Map.of("entryId", f[1])).post("/api/v1/score-sheets").then(), 403);
        problem(as(DC_TRAVINH).get("/api/v1/evaluation-entries/" + f[1]).then(), 403);
        problem(as(DC_TRAVINH).get("/api/v1/evaluation-rounds/" + f[0]).then(), 403);
        problem(as("pc1").body(Map.of("reason", "x")).post("/api/v1/evaluation-entries/" + f[1] + "/recusals").then(), 403);
        as(OFFICE).queryParam("entryId", f[1]).get("/api/v1/score-sheets").then().body("total", equalTo(0));
        // a district officer of another district enters nothing in a Cầu Kè round
        long round = EvaluationFixtures.round("DISTRICT", CAUKE, B1048);
        long product = EvaluationFixtures.product(products, CAUKE, B1048, "Chuối sấy Cầu Kè");
        problem(as("do-travinh").body(Map.of("productId", product)).post("/api/v1/evaluation-rounds/" + round
                + "/entries").then(), 403);
        // nor does the Cầu Kè officer enter a Trà Vinh product
        long travinh = EvaluationFixtures.product(products, TRAVINH, B1048, "Bánh tét Trà Cuôn");
        problem(as("do-cauke").body(Map.of("productId", travinh)).post("/api/v1/evaluation-rounds/" + round
                + "/entries").then(), 400).body("errors[0].field", equalTo("productId"))
                .body("errors[0].message", equalTo("Product " + travinh + " does not exist"));
        as(OFFICE).get("/api/v1/evaluation-rounds/" + round).then().body("entryCount", equalTo(0));
    }

    @Test
    void roundsMoveForwardOnlyAndDecisionsWaitForTheFinalization() {
        long[] f = scoring();
        long provincial = EvaluationFixtures.round("PROVINCIAL", PROVINCE, B1048);
        problem(as(OFFICE).post("/api/v1/evaluation-rounds/" + f[0] + "/finalize").then(), 409);
        problem(as(OFFICE).post("/api/v1/evaluation-rounds/" + f[0] + "/start-scoring").then(), 409);
        problem(as(OFFICE).get("/api/v1/evaluation-rounds/" + f[0] + "/results").then(), 409);
        as(OFFICE).body(Map.of("forwardToRoundId", provincial)).post("/api/v1/evaluation-rounds/" + f[0] + "/close")
                .then().statusCode(200);
        String closedAt = as(OFFICE).get("/api/v1/evaluation-rounds/" + f[0]).then().extract().path("closedAt");
        problem(as(OFFICE).body(Map.of("forwardToRoundId", provincial)).post("/api/v1/evaluation-rounds/" + f[0]
                + "/close").then(), 409);
        problem(as(OFFICE).body(Map.of("number", "12/QĐ-UBND", "decidedOn", "2022-07-01", "signer", "Chủ tịch UBND huyện"))
                .post("/api/v1/evaluation-rounds/" + f[0] + "/decision").then(), 409);
        as(OFFICE).get("/api/v1/evaluation-rounds/" + f[0]).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedAt", equalTo(closedAt)).body("decisionId", nullValue());
        // no sheets: the entry had no quorum
        as(OFFICE).get("/api/v1/evaluation-entries/" + f[1] + "/result").then().body("outcome", equalTo("NO_QUORUM"))
                .body("stars", nullValue());
        as(OFFICE).get("/api/v1/evaluation-rounds/" + provincial).then().body("entryCount", equalTo(0));
        // a closed round takes no sheet, edit, entry or recusal
        problem(as("dc-cauke-1").body(Map.of("entryId", f[1])).post("/api/v1/score-sheets").then(), 409);
        problem(as("dc-cauke-1").body(Map.of("reason", "x")).post("/api/v1/evaluation-entries/" + f[1] + "/recusals")
                .then(), 409);
        problem(as(OFFICE).header("If-Match", etag("/api/v1/evaluation-rounds/" + f[0]))
                .body(roundBody("DISTRICT", CAUKE, B1048, 2023)).put("/api/v1/evaluation-rounds/" + f[0]).then(), 409);
    }

    @Test
    void choicesAreCheckedAgainstTheSheet() {
        long[] f = scoring();
        long sheet = startSheet("dc-cauke-1", f[1]);
        List<Map<String, Object>> good = choicesOf(f[1], 70);
        Map<String, Object> first = good.get(0);
        Map<String, Object> second = good.get(1);
        put("dc-cauke-1", sheet, List.of(Map.of("criterionId", first.get("criterionId"), "optionId", 999_999_999L)), 400);
        as("dc-cauke-1").header("If-Match", "\"0\"").body(Map.of("choices", List.of(Map.of("criterionId",
                first.get("criterionId"), "optionId", second.get("optionId"))))).put("/api/v1/score-sheets/" + sheet)
                .then().statusCode(400).body("errors[0].field", equalTo("choices[0].optionId"))
                .body("errors[0].message", containsString("belongs to criterion A1.2, not A1.1"));
        as("dc-cauke-1").header("If-Match", "\"0\"").body(Map.of("choices", List.of(first, first)))
                .put("/api/v1/score-sheets/" + sheet).then().statusCode(400);
        problem(as("dc-cauke-1").body(Map.of("choices", good)).put("/api/v1/score-sheets/" + sheet).then(), 428);
        assertEquals(0, officeView(sheet).getInt("version"));

        // a partial sheet is saved but cannot be submitted
        put("dc-cauke-1", sheet, good.subList(0, good.size() - 2), 200);
        problem(as("dc-cauke-1").post("/api/v1/score-sheets/" + sheet + "/submit").then(), 400)
                .body("errors[0].field", equalTo("choices"))
                .body("errors[0].message", containsString("C10.1, C11.1"));
        assertEquals("DRAFT", officeView(sheet).getString("status"));
        problem(as("dc-cauke-1").body(Map.of("entryId", f[1])).post("/api/v1/score-sheets").then(), 409);
    }

    @Test
    void roundsAndCouncilsAreValidated() {
        Map<String, Object> communeUnder1048 = roundBody("COMMUNE", CAUKE, B1048, 2022);
        problem(as(OFFICE).body(communeUnder1048).post("/api/v1/evaluation-rounds").then(), 400)
                .body("errors.field", hasItem("level"));
        problem(as(OFFICE).body(roundBody("PROVINCIAL", CAUKE, B1048, 2022)).post("/api/v1/evaluation-rounds").then(), 400)
                .body("errors.field", hasItem("adminUnitCode"));
        Map<String, Object> otherVersion = roundBody("DISTRICT", CAUKE, B1048, 2022);
        otherVersion.put("rubricVersionId", EvaluationFixtures.version(B148));
        problem(as(OFFICE).body(otherVersion).post("/api/v1/evaluation-rounds").then(), 400)
                .body("errors.field", hasItem("rubricVersionId"));
        Map<String, Object> backwards = new HashMap<>(roundBody("DISTRICT", CAUKE, B1048, 2022));
        backwards.put("closesOn", "2022-01-01");
        problem(as(OFFICE).body(backwards).post("/api/v1/evaluation-rounds").then(), 400)
                .body("errors.field", hasItem("closesOn"));
        problem(as(OFFICE).body(Map.of("year", 2022)).post("/api/v1/evaluation-rounds").then(), 400);

        long round = EvaluationFixtures.round("DISTRICT", CAUKE, B1048);
        String path = "/api/v1/evaluation-rounds/" + round + "/council";
        List<Map<String, Object>> twoChairs = List.of(
                Map.of("username", "dc-cauke-1", "fullName", "Võ Thanh Phong", "chair", true),
                Map.of("username", "dc-cauke-2", "fullName", "Kim Thị Hoa", "chair", true));
        problem(as(OFFICE).header("If-Match", etag("/api/v1/evaluation-rounds/" + round))
                .body(Map.of("members", twoChairs)).put(path).then(), 400).body("errors[0].field", equalTo("members"));
        List<Map<String, Object>> twice = List.of(
                Map.of("username", "dc-cauke-1", "fullName", "Võ Thanh Phong", "chair", true),
                Map.of("username", "dc-cauke-1", "fullName", "Võ Thanh Phong", "chair", false));
        problem(as(OFFICE).header("If-Match", etag("/api/v1/evaluation-rounds/" + round))
                .body(Map.of("members", twice)).put(path).then(), 400).body("errors[0].field", equalTo("members[1].username"));
        problem(as(OFFICE).body(Map.of("members", twoChairs)).put(path).then(), 428);
        as(OFFICE).get(path).then().statusCode(200).body("members.size()", equalTo(0));
        problem(as(OFFICE).post("/api/v1/evaluation-rounds/" + round + "/start-scoring").then(), 409);
    }
}
