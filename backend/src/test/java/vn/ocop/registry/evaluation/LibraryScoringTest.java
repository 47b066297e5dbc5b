package vn.ocop.registry.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B1048;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B2026;
import static vn.ocop.registry.evaluation.EvaluationFixtures.CAUKE_COUNCIL;
import static vn.ocop.registry.evaluation.EvaluationFixtures.NEW_PROVINCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.TestProducts;

/** Issue 11 §5 in an evaluation: the library's sheets, the set equivalence at entry, several ticks on a summed criterion. */
@QuarkusTest
class LibraryScoringTest {
    @Inject
    TestProducts products;

    /** The seeded library version of a basis (all its sheets; found by the seed's name and publisher). */
    static long library(String basis) {
        List<Map<String, Object>> items = as(OFFICE).queryParam("legalBasisCode", basis).queryParam("status", "PUBLISHED")
                .queryParam("size", 200).queryParam("sort", "id").get("/api/v1/rubric-versions").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(i -> ((String) i.get("name")).endsWith("(đủ 26 phiếu)"))
                .filter(i -> "system/seed".equals(i.get("publishedBy"))).map(i -> ((Number) i.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    static long round(String level, String unit, String basis) {
        Map<String, Object> body = new HashMap<>(EvaluationFixtures.roundBody(level, unit, basis, 2026));
        body.put("rubricVersionId", library(basis));
        return as(OFFICE).body(body).post("/api/v1/evaluation-rounds").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    @Test
    void aHerbalTeaOf1048ReRatedUnder2026IsScoredOnTheSheetOfSet12() {
        long product = products.create(EvaluationFixtures.producer(CAUKE), "Trà mãng cầu", B1048, 13, 2019);
        long round = round("PROVINCIAL", NEW_PROVINCE, B2026);
        long entry = EvaluationFixtures.enter(OFFICE, round, product);
        long sheet = as(OFFICE).get("/api/v1/evaluation-entries/" + entry).then().statusCode(200).extract().jsonPath()
                .getLong("rubricSheetId");
        as(OFFICE).get("/api/v1/rubric-sheets/" + sheet).then().statusCode(200)
                .body("legalBasisCode", equalTo(B2026)).body("number", equalTo(12))
                .body("rubricVersionId", equalTo((int) library(B2026)));
    }

    @Test
    void aCouncilMemberTicksSeveralContentsOfTheTourismSheet() {
        long product = products.create(EvaluationFixtures.producer(CAUKE), "Du lịch vườn dừa", B1048, 26, 2019);
        long round = round("DISTRICT", CAUKE, B1048);
        EvaluationFixtures.council(round, CAUKE_COUNCIL);
        long entry = EvaluationFixtures.enter(OFFICE, round, product);
        EvaluationFixtures.action(round, "start-scoring");
        long rubricSheet = as(OFFICE).get("/api/v1/evaluation-entries/" + entry).then().statusCode(200).extract()
                .jsonPath().getLong("rubricSheetId");
        JsonPath sheet = EvaluationFixtures.sheet(rubricSheet);
        List<Map<String, Object>> choices = new ArrayList<>();
        for (Map<String, Object> part : sheet.<Map<String, Object>>getList("parts")) {
            for (Map<String, Object> c : list(part.get("criteria"))) {
                List<Map<String, Object>> options = list(c.get("options"));
                if ("SUM_OF_SELECTED".equals(c.get("scoringRule"))) {
                    options.forEach(o -> choices.add(Map.of("criterionId", c.get("id"), "optionId", o.get("id"))));
                } else {
                    Map<String, Object> best = options.stream()
                            .max(java.util.Comparator.comparing(o -> ((Number) o.get("points")).intValue())).orElseThrow();
                    choices.add(Map.of("criterionId", c.get("id"), "optionId", best.get("id")));
                }
            }
        }
        String user = CAUKE_COUNCIL.get(1);
        long id = as(user).body(Map.of("entryId", entry)).post("/api/v1/score-sheets").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        String path = "/api/v1/score-sheets/" + id;
        String etag = as(user).get(path).then().statusCode(200).extract().header("ETag");
        JsonPath filled = new JsonPath(as(user).header("If-Match", etag).body(Map.of("choices", choices)).put(path).then()
                .statusCode(200).body("total", equalTo(99)).body("partTotals.C", equalTo(40))
                .body("unanswered", org.hamcrest.Matchers.empty()).extract().asString());
        assertEquals(4, filled.getList("choices.findAll { it.criterionCode == 'C6.1' }").size());
        // Untick two of C6.1's contents: the rows go, the points follow.
        List<Integer> c61 = sheet.getList("parts.find { it.code == 'C' }.criteria.find { it.code == 'C6.1' }.options.id");
        List<Map<String, Object>> fewer = new ArrayList<>(choices);
        fewer.removeIf(c -> c.get("optionId").equals(c61.get(0)) || c.get("optionId").equals(c61.get(1)));
        etag = as(user).get(path).then().statusCode(200).extract().header("ETag");
        as(user).header("If-Match", etag).body(Map.of("choices", fewer)).put(path).then().statusCode(200)
                .body("total", equalTo(97));
        // A one-option criterion still takes one option.
        Map<String, Object> a11 = list(sheet.getList("parts").get(0) instanceof Map<?, ?> m ? m.get("criteria") : null)
                .get(0);
        List<Map<String, Object>> two = new ArrayList<>(fewer);
        list(a11.get("options")).stream().filter(o -> two.stream().noneMatch(c -> c.get("optionId").equals(o.get("id"))))
                .findFirst().ifPresent(o -> two.add(Map.of("criterionId", a11.get("id"), "optionId", o.get("id"))));
        etag = as(user).get(path).then().statusCode(200).extract().header("ETag");
        as(user).header("If-Match", etag).body(Map.of("choices", two)).put(path).then().statusCode(400)
                .body("errors.message", hasItem(a11.get("code") + ": choose one option, not several"));
        as(user).post(path + "/submit").then().statusCode(200).body("total", equalTo(97));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
