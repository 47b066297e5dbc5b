package vn.ocop.registry.rubric;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The official sheets bundled with the application are imported as published versions, anomalies flagged. */
@QuarkusTest
class RubricSeedApiTest {

    static JsonPath seeded(String legalBasis) {
        JsonPath page = as(OFFICE).queryParam("legalBasisCode", legalBasis).queryParam("status", "PUBLISHED")
                .queryParam("sort", "id").get("/api/v1/rubric-versions").then().statusCode(200).extract().jsonPath();
        return new JsonPath(as(OFFICE).get("/api/v1/rubric-versions/" + page.getLong("items[0].id"))
                .then().statusCode(200).extract().asString());
    }

    static long sheetId(long versionId, int number) {
        List<Map<String, Object>> items = as(OFFICE).queryParam("size", 50)
                .get("/api/v1/rubric-versions/" + versionId + "/sheets").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(s -> ((Number) s.get("number")).intValue() == number)
                .map(s -> ((Number) s.get("id")).longValue()).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
            "DECISION_1048_2019, 35, 40, 3, 2019-08-21",
            "DECISION_148_2023, 40, 35, 22, 2023-02-24",
            "DECISION_26_2026, 40, 35, 21, 2026-07-21",
    })
    void seededVersionsCarryTheOfficialPartTotals(String basis, int a, int c, int sheets, String from) {
        JsonPath v = seeded(basis);
        assertEquals("PUBLISHED", v.getString("status"));
        assertEquals(from, v.getString("effectiveFrom"));
        assertEquals(List.of("A", "B", "C"), v.getList("parts.code"));
        assertEquals(List.of(a, 25, c), v.getList("parts.maxPoints"));
        assertEquals(List.of(1, 2, 3, 4, 5), v.getList("starBands.stars"));
        assertEquals(sheets, v.getInt("sheetCount"));
        assertEquals("system/seed", v.getString("publishedBy"));
    }

    @Test
    void the1048SheetsAddUpAndKeepTheirAlternativeCasesAndEliminations() {
        long version = seeded("DECISION_1048_2019").getLong("id");
        as(PC).get("/api/v1/rubric-versions/" + version + "/sheets").then().statusCode(200)
                .body("items.number", contains(1, 7, 23))
                .body("items.totalPoints", everyItem(equalTo(100)))
                .body("items.valid", everyItem(equalTo(true)));
        JsonPath sheet = new JsonPath(as(INTEGRATOR).get("/api/v1/rubric-sheets/" + sheetId(version, 1))
                .then().statusCode(200).extract().asString());
        assertEquals("Rau, củ, quả, hạt tươi", sheet.getString("name"));
        assertEquals(List.of(35, 25, 40), sheet.getList("parts.bestTotal"));
        assertEquals(100, sheet.getInt("totalPoints"));
        List<Map<String, Object>> options = sheet.getList("parts[0].criteria.find { it.code == 'A3.2' }.options");
        assertEquals(4, options.size());
        assertEquals(2, options.stream().map(o -> o.get("case")).distinct().count());
        List<String> conditions = sheet.getList("eliminationConditions.text");
        assertEquals("Giả mạo hồ sơ", conditions.get(0));
        assertTrue(conditions.stream().anyMatch(t -> t.contains("phiếu kiểm nghiệm")), conditions.toString());
        assertEquals(4, conditions.size());
    }

    @Test
    void the148ProcessedFoodSheetIsFlaggedNotFixed() {
        JsonPath v = seeded("DECISION_148_2023");
        assertFalse(v.getBoolean("valid"));
        long sheet = sheetId(v.getLong("id"), 7);
        as(OFFICE).get("/api/v1/rubric-sheets/" + sheet).then().statusCode(200)
                .body("valid", equalTo(false))
                .body("totalPoints", equalTo(99))
                .body("parts.find { it.code == 'C' }.maxPoints", equalTo(35))
                .body("parts.find { it.code == 'C' }.bestTotal", equalTo(34))
                .body("parts.find { it.code == 'C' }.criteria.find { it.code == 'C6.4' }.maxPoints", equalTo(4))
                .body("findings.message", hasItem("part C: best options sum to 34, official total 35"))
                .body("findings.message", hasItem(containsString("C6.4: declared 4 points, best option gives 3")));
        as(OFFICE).get("/api/v1/rubric-versions/" + v.getLong("id") + "/sheets?size=50").then().statusCode(200)
                .body("items.findAll { it.number == 1 || it.number == 21 }.valid", everyItem(equalTo(true)))
                .body("items.findAll { !it.valid }.number", hasItem(7));
    }

    /** Issue 8 §4: the seed publishes the anomaly through the office's rule, as a recorded, deliberate act. */
    @Test
    void the148ProcessedFoodSheetShowsItsFindingsAcceptedByTheSeed() {
        JsonPath v = seeded("DECISION_148_2023");
        long id = v.getLong("id");
        as(PC).get("/api/v1/rubric-sheets/" + sheetId(id, 7)).then().statusCode(200)
                .body("findings.findAll { it.severity == 'ERROR' }.code",
                        contains("PART_TOTAL", "GROUP_TOTAL", "CRITERION_MAX", "SHEET_TOTAL"))
                .body("findings.findAll { it.severity == 'ERROR' }.accepted", everyItem(equalTo(true)))
                .body("findings.findAll { it.severity == 'ERROR' }.acceptedBy", everyItem(equalTo("system/seed")))
                .body("findings.findAll { it.severity == 'ERROR' }.acceptanceReason",
                        everyItem(containsString("Quyết định 148/QĐ-TTg")))
                .body("findings.findAll { it.severity == 'WARNING' }.accepted", everyItem(equalTo(false)));
        as(PC).get("/api/v1/rubric-versions/" + id + "/sheets?size=50").then().statusCode(200)
                .body("items.find { it.number == 7 }.findings.find { it.code == 'SHEET_TOTAL' }.acceptedBy",
                        equalTo("system/seed"));
        JsonPath history = as(OFFICE).get("/api/v1/rubric-versions/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("IMPORTED", "PUBLISHED"), history.getList("items.action").stream().sorted().toList());
        String published = "items.find { it.action == 'PUBLISHED' }";
        assertEquals("system/seed", history.getString(published + ".actor"));
        List<String> accepted = history.getList(published + ".changes.acceptedFindings.to");
        assertEquals(5, accepted.size(), accepted.toString());
        assertTrue(accepted.contains("SHEET_TOTAL sheets[7].sheet: best options sum to 99, not 100"), accepted.toString());
        assertTrue(history.getString(published + ".note").contains("Quyết định 148/QĐ-TTg"));
        // 1048's sheets add up: nothing to accept.
        as(PC).get("/api/v1/rubric-versions/" + seeded("DECISION_1048_2019").getLong("id") + "/sheets").then()
                .body("items.findings.flatten().findAll { it.accepted }", org.hamcrest.Matchers.empty());
    }

    @Test
    void the2026SheetsIncludeTheCurrentFoodAndHandicraftSheets() {
        long version = seeded("DECISION_26_2026").getLong("id");
        as(OFFICE).get("/api/v1/rubric-versions/" + version + "/sheets?size=50").then().statusCode(200)
                .body("items.number", hasItem(1)).body("items.number", hasItem(7)).body("items.number", hasItem(21))
                .body("items", hasSize(21));
        as(OFFICE).get("/api/v1/rubric-sheets/" + sheetId(version, 21)).then().statusCode(200)
                .body("valid", equalTo(true)).body("totalPoints", equalTo(100))
                .body("parts.bestTotal", contains(40, 25, 35));
    }
}
