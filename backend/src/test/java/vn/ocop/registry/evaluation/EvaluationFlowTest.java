package vn.ocop.registry.evaluation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B1048;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B148;
import static vn.ocop.registry.evaluation.EvaluationFixtures.CAUKE_COUNCIL;
import static vn.ocop.registry.evaluation.EvaluationFixtures.PROVINCE;
import static vn.ocop.registry.evaluation.EvaluationFixtures.PROVINCIAL_COUNCIL;
import static vn.ocop.registry.evaluation.EvaluationFixtures.action;
import static vn.ocop.registry.evaluation.EvaluationFixtures.choices;
import static vn.ocop.registry.evaluation.EvaluationFixtures.council;
import static vn.ocop.registry.evaluation.EvaluationFixtures.enter;
import static vn.ocop.registry.evaluation.EvaluationFixtures.fillAndSubmit;
import static vn.ocop.registry.evaluation.EvaluationFixtures.round;
import static vn.ocop.registry.evaluation.EvaluationFixtures.sheet;
import static vn.ocop.registry.evaluation.EvaluationFixtures.total;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.TestClock;
import vn.ocop.registry.common.TestProducts;

/** From score sheets to star certificates, with the demo realm's council users and real tokens. */
@QuarkusTest
class EvaluationFlowTest {
    @Inject
    TestProducts products;

    @Inject
    EvaluationTestData data;

    private static Map<String, Object> decision(LocalDate on) {
        return Map.of("number", UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND", "decidedOn", on.toString(),
                "signer", "Phó Chủ tịch UBND tỉnh");
    }

    @Test
    void aCauKeProductGoesFromTheDistrictCouncilToAFourStarCertificate() {
        long producer = EvaluationFixtures.producer(CAUKE);
        long product = products.create(producer, "Mứt dừa sáp Cầu Kè", B1048, 1, 2022);
        as(OFFICE).body(Map.of("producerId", producer, "type", "FOOD_SAFETY", "number", "125/2019/NNPTNT-TV",
                "issuer", "Chi cục Quản lý chất lượng Nông lâm sản và Thủy sản Trà Vinh", "issuedOn", "2019-03-01"))
                .post("/api/v1/certifications").then().statusCode(201);
        long district = round("DISTRICT", CAUKE, B1048);
        long provincial = round("PROVINCIAL", PROVINCE, B1048);
        council(district, CAUKE_COUNCIL);
        council(provincial, PROVINCIAL_COUNCIL);
        as(OFFICE).get("/api/v1/evaluation-rounds/" + district).then().statusCode(200)
                .body("chairUsername", equalTo("dc-cauke-1")).body("memberCount", equalTo(3))
                .body("quorumPercent", equalTo(75)).body("adminUnitName", equalTo("Huyện Cầu Kè"));

        // the district officer enters the product; the dossier is frozen at entry
        long entry = enter(DO_CAUKE, district, product);
        JsonPath entered = new JsonPath(as(OFFICE).get("/api/v1/evaluation-entries/" + entry).then().statusCode(200)
                .extract().asString());
        long sheetId = entered.getLong("rubricSheetId");
        assertEquals("Rau, củ, quả, hạt tươi", sheet(sheetId).getString("name"));
        assertEquals(CAUKE, entered.getString("snapshot.districtCode"));
        assertEquals("FOOD_SAFETY", entered.getString("snapshot.certifications[0].type"));
        data.renameProduct(product, "Mứt dừa (đổi tên sau khi dự thi)", "Mô tả mới");
        as(OFFICE).body(Map.of("productId", product, "type", "VIETGAP", "number", "VG-01", "issuer", "Trung tâm",
                "issuedOn", "2020-01-01")).post("/api/v1/certifications").then().statusCode(201);
        as(OFFICE).get("/api/v1/evaluation-entries/" + entry).then().statusCode(200)
                .body("snapshot.certifications.size()", equalTo(1))
                .body("snapshot.name", equalTo("Mứt dừa sáp Cầu Kè")).body("productName", equalTo("Mứt dừa sáp Cầu Kè"))
                .body("snapshot.description", nullValue()).body("snapshot.productSetNumber", equalTo(1));
        action(district, "start-scoring");

        // three members score 72, 74, 76; the server computes totals and ignores a client total
        JsonPath rubric = sheet(sheetId);
        int[] targets = {72, 74, 76};
        long[] sheets = new long[3];
        for (int i = 0; i < 3; i++) {
            String member = CAUKE_COUNCIL.get(i);
            List<Map<String, Object>> picked = choices(rubric, targets[i], 0);
            assertEquals(targets[i], total(rubric, picked));
            sheets[i] = as(member).body(Map.of("entryId", entry)).post("/api/v1/score-sheets").then().statusCode(201)
                    .body("status", equalTo("DRAFT")).body("total", equalTo(0)).extract().jsonPath().getLong("id");
            String etag = as(member).get("/api/v1/score-sheets/" + sheets[i]).then().statusCode(200).extract().header("ETag");
            Map<String, Object> body = new HashMap<>(Map.of("choices", picked));
            body.put("total", 100);
            as(member).header("If-Match", etag).body(body).put("/api/v1/score-sheets/" + sheets[i]).then().statusCode(200)
                    .body("total", equalTo(targets[i])).body("unanswered.size()", equalTo(0));
            if (i == 1) {
                // before submitting, dc-cauke-2 does not see dc-cauke-1's submitted sheet
                as(member).get("/api/v1/score-sheets/" + sheets[0]).then().statusCode(403);
                as(member).queryParam("entryId", entry).get("/api/v1/score-sheets").then().statusCode(200)
                        .body("items.memberUsername", contains("dc-cauke-2"));
            }
            as(member).post("/api/v1/score-sheets/" + sheets[i] + "/submit").then().statusCode(200);
        }
        as("dc-cauke-2").get("/api/v1/score-sheets/" + sheets[0]).then().statusCode(200).body("total", equalTo(72));
        as("dc-cauke-3").queryParam("entryId", entry).get("/api/v1/score-sheets").then().statusCode(200)
                .body("total", equalTo(3));

        // closing needs the receiving round; then the entry is forwarded with the same snapshot
        as(OFFICE).post("/api/v1/evaluation-rounds/" + district + "/close").then().statusCode(400)
                .body("errors[0].field", equalTo("forwardToRoundId"));
        as(OFFICE).body(Map.of("forwardToRoundId", provincial)).post("/api/v1/evaluation-rounds/" + district + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("outcomeCounts.FORWARDED", equalTo(1));
        JsonPath result = new JsonPath(as(INTEGRATOR).get("/api/v1/evaluation-rounds/" + district + "/results")
                .then().statusCode(200).extract().asString());
        assertEquals("FORWARDED", result.getString("items[0].outcome"));
        assertEquals(74.0f, result.getFloat("items[0].mean"));
        assertEquals(true, result.getBoolean("items[0].quorumMet"));
        assertEquals(4, result.getInt("items[0].stars"));
        assertEquals(4, result.getInt("items[0].spread"));
        assertEquals(provincial, result.getLong("items[0].forwardedToRoundId"));
        long up = result.getLong("items[0].forwardedToEntryId");
        as(OFFICE).get("/api/v1/evaluation-rounds/" + provincial + "/entries").then().statusCode(200)
                .body("items.id", hasItem((int) up));
        as(OFFICE).get("/api/v1/evaluation-entries/" + up).then().statusCode(200)
                .body("forwardedFromEntryId", equalTo((int) entry)).body("snapshot.name", equalTo("Mứt dừa sáp Cầu Kè"))
                .body("rubricSheetId", equalTo((int) sheetId));

        // the provincial council scores 78, 80, 82: 4★, recognised by the province
        action(provincial, "start-scoring");
        for (int i = 0; i < 3; i++) {
            fillAndSubmit(PROVINCIAL_COUNCIL.get(i), up, choices(rubric, 78 + 2 * i, 0));
        }
        as(OFFICE).post("/api/v1/evaluation-rounds/" + provincial + "/close").then().statusCode(200);
        as(OFFICE).get("/api/v1/evaluation-entries/" + up + "/result").then().statusCode(200)
                .body("outcome", equalTo("RECOGNISED")).body("stars", equalTo(4)).body("mean", equalTo(80.0f))
                .body("spreadFlag", equalTo(false)).body("chairSubmitted", equalTo(true));
        action(provincial, "finalize");

        LocalDate today = TestClock.today();
        long decision = as(OFFICE).body(decision(today)).post("/api/v1/evaluation-rounds/" + provincial + "/decision")
                .then().statusCode(201).header("Location", containsString("/api/v1/recognition-decisions/"))
                .body("level", equalTo("PROVINCIAL")).body("adminUnitCode", equalTo(PROVINCE))
                .body("evaluationRoundId", equalTo((int) provincial)).body("certificateCount", equalTo(1))
                .extract().jsonPath().getLong("id");
        as(OFFICE).get("/api/v1/evaluation-rounds/" + provincial).then().body("decisionId", equalTo((int) decision));
        as(INTEGRATOR).queryParam("decisionId", decision).get("/api/v1/ocop-certificates").then().statusCode(200)
                .body("items[0].productId", equalTo((int) product)).body("items[0].stars", equalTo(4))
                .body("items[0].status", equalTo("VALID"))
                .body("items[0].issuedOn", equalTo(today.toString()))
                .body("items[0].validUntil", equalTo(today.plusMonths(36).minusDays(1).toString()))
                .body("items[0].productCode", containsString("84-845-"));

        // the trail of the district entry
        as(OFFICE).queryParam("size", 50).get("/api/v1/evaluation-entries/" + entry + "/history").then().statusCode(200)
                .body("items.action", hasItems("CREATED", "SHEET_CREATED", "SCORE_CHANGED", "SHEET_SUBMITTED", "RESULT"))
                .body("items.actor", hasItems("do-cauke", "dc-cauke-1", "dc-cauke-2", "dc-cauke-3", "office"));
        as(OFFICE).queryParam("size", 50).get("/api/v1/evaluation-entries/" + up + "/history").then().statusCode(200)
                .body("items.action", hasItem("RECOGNISED"));
    }

    @Test
    void underDecision148TheDistrictRecognisesThreeStars() {
        long product = EvaluationFixtures.product(products, CAUKE, B148, "Bánh tét lá cẩm Cầu Kè");
        long district = round("DISTRICT", CAUKE, B148);
        council(district, CAUKE_COUNCIL);
        long entry = enter(OFFICE, district, product);
        action(district, "start-scoring");
        long sheetId = as(OFFICE).get("/api/v1/evaluation-entries/" + entry).then().extract().jsonPath()
                .getLong("rubricSheetId");
        JsonPath rubric = sheet(sheetId);
        for (int i = 0; i < 3; i++) {
            fillAndSubmit(CAUKE_COUNCIL.get(i), entry, choices(rubric, 58 + 2 * i, 3));
        }
        as(OFFICE).post("/api/v1/evaluation-rounds/" + district + "/close").then().statusCode(200)
                .body("outcomeCounts.RECOGNISED", equalTo(1));
        as("dc-cauke-2").get("/api/v1/evaluation-entries/" + entry + "/result").then().statusCode(200)
                .body("outcome", equalTo("RECOGNISED")).body("stars", equalTo(3)).body("mean", equalTo(60.0f))
                .body("shortfalls.size()", equalTo(0));
        action(district, "finalize");
        // A decision on a round is held to its legal basis too: none before 148 took effect (issue 8 §3).
        as(OFFICE).body(decision(LocalDate.of(2023, 2, 23))).post("/api/v1/evaluation-rounds/" + district + "/decision")
                .then().statusCode(400).body("errors.field", equalTo(List.of("decidedOn")))
                .body("errors[0].message", containsString("before 148/QĐ-TTg took effect (2023-02-24)"));
        long decision = as(OFFICE).body(decision(TestClock.today())).post("/api/v1/evaluation-rounds/" + district + "/decision")
                .then().statusCode(201).body("level", equalTo("DISTRICT")).body("adminUnitCode", equalTo(CAUKE))
                .extract().jsonPath().getLong("id");
        as(OFFICE).queryParam("decisionId", decision).get("/api/v1/ocop-certificates").then().statusCode(200)
                .body("items[0].stars", equalTo(3)).body("items[0].status", equalTo("VALID"));
    }

    @Test
    void aStarMinimumMissedOnTheMeanHoldsA148ProductAtThreeStarsInTheDistrict() {
        long product = EvaluationFixtures.product(products, CAUKE, B148, "Rượu dừa Cầu Kè");
        long district = round("DISTRICT", CAUKE, B148);
        council(district, CAUKE_COUNCIL);
        long entry = enter(OFFICE, district, product);
        action(district, "start-scoring");
        long sheetId = as(OFFICE).get("/api/v1/evaluation-entries/" + entry).then().extract().jsonPath()
                .getLong("rubricSheetId");
        JsonPath rubric = sheet(sheetId);
        // A2.1 must reach 4 points for 4★; every member gives it its lowest option (0) and scores 80 elsewhere
        Map<String, Object> a21 = rubric.getMap("parts[0].criteria.find { it.code == 'A2.1' }");
        Object lowest = rubric.getList("parts[0].criteria.find { it.code == 'A2.1' }.options.findAll { it.points == 0 }.id")
                .get(0);
        List<Map<String, Object>> picked = new ArrayList<>(choices(rubric, 80, 3).stream()
                .filter(c -> !c.get("criterionId").equals(a21.get("id"))).toList());
        picked.add(Map.of("criterionId", a21.get("id"), "optionId", lowest));
        int total = total(rubric, picked);
        for (String member : CAUKE_COUNCIL) {
            fillAndSubmit(member, entry, picked);
        }
        as(OFFICE).post("/api/v1/evaluation-rounds/" + district + "/close").then().statusCode(200);
        as(OFFICE).get("/api/v1/evaluation-entries/" + entry + "/result").then().statusCode(200)
                .body("mean", equalTo((float) total)).body("bandStars", equalTo(4)).body("stars", equalTo(3))
                .body("shortfalls[0].criterionCode", equalTo("A2.1")).body("shortfalls[0].stars", equalTo(4))
                .body("shortfalls[0].minPoints", equalTo(4)).body("shortfalls[0].points", equalTo(0.0f))
                .body("outcome", equalTo("RECOGNISED"));
    }
}
