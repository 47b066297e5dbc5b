package vn.ocop.registry.rubric;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** The OCOP office drafts, edits and publishes versions; a published version never changes. */
@QuarkusTest
class RubricDraftApiTest {
    static final List<Map<String, Object>> PARTS_148 = List.of(
            Map.of("code", "A", "title", "Sản phẩm và sức mạnh của cộng đồng", "maxPoints", 40),
            Map.of("code", "B", "title", "Khả năng tiếp thị", "maxPoints", 25),
            Map.of("code", "C", "title", "Chất lượng sản phẩm", "maxPoints", 35));
    static final List<Map<String, Object>> BANDS = List.of(band(1, 0, 30), band(2, 30, 50), band(3, 50, 70),
            band(4, 70, 90), band(5, 90, null));

    static Map<String, Object> band(int stars, int min, Integer max) {
        Map<String, Object> b = new HashMap<>(Map.of("stars", stars, "minScore", min));
        b.put("maxScoreExclusive", max);
        return b;
    }

    static Map<String, Object> version(String basis, Long copyOf) {
        Map<String, Object> v = new HashMap<>(Map.of("legalBasisCode", basis, "name", "Bản nháp " + UUID.randomUUID(),
                "effectiveFrom", "2026-07-21"));
        if (copyOf == null) {
            v.put("parts", PARTS_148);
            v.put("starBands", BANDS);
        } else {
            v.put("copyOfVersionId", copyOf);
        }
        return v;
    }

    static JsonPath createDraft(Map<String, Object> body) {
        return new JsonPath(as(OFFICE).body(body).post("/api/v1/rubric-versions").then().statusCode(201)
                .header("Location", containsString("/api/v1/rubric-versions/")).header("ETag", "\"0\"")
                .body("status", equalTo("DRAFT")).extract().asString());
    }

    static ObjectNode sheetFile(String file) {
        try (InputStream in = RubricDraftApiTest.class.getClassLoader().getResourceAsStream("rubrics/" + file)) {
            return (ObjectNode) RubricFixtures.JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String etag(String path) {
        return as(OFFICE).get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void aCopyOfThe1048VersionIsPublishedAndThenFrozen() {
        long source = RubricSeedApiTest.seeded("DECISION_1048_2019").getLong("id");
        JsonPath draft = createDraft(version("DECISION_1048_2019", source));
        long id = draft.getLong("id");
        assertEquals(3, draft.getInt("sheetCount"));
        assertEquals(List.of(35, 25, 40), draft.getList("parts.maxPoints"));
        assertEquals(true, draft.getBoolean("valid"));
        long copiedSheet = RubricSeedApiTest.sheetId(id, 1);
        assertNotEquals(RubricSeedApiTest.sheetId(source, 1), copiedSheet, "a copy has its own criteria and options");
        as(OFFICE).get("/api/v1/rubric-sheets/" + copiedSheet).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("totalPoints", equalTo(100))
                .body("eliminationConditions.size()", equalTo(4));

        as(OFFICE).post("/api/v1/rubric-versions/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("office"))
                .body("publishedAt", not(equalTo(null)));

        String path = "/api/v1/rubric-versions/" + id;
        String versionBefore = as(OFFICE).get(path).then().extract().asString();
        String sheetPath = "/api/v1/rubric-sheets/" + copiedSheet;
        String sheetBefore = as(OFFICE).get(sheetPath).then().extract().asString();
        String versionTag = etag(path);
        String sheetTag = etag(sheetPath);
        Map<String, Object> edit = version("DECISION_1048_2019", null);
        edit.put("parts", List.of(Map.of("code", "A", "title", "A", "maxPoints", 100)));

        conflict(as(OFFICE).header("If-Match", versionTag).body(edit).put(path));
        conflict(as(OFFICE).header("If-Match", versionTag).delete(path));
        conflict(as(OFFICE).post(path + "/publish"));
        conflict(as(OFFICE).body(sheetFile("sheet-1048-food.json").toString()).post(path + "/sheets"));
        conflict(as(OFFICE).header("If-Match", sheetTag).body(sheetFile("sheet-1048-food.json").toString()).put(sheetPath));
        conflict(as(OFFICE).header("If-Match", sheetTag).delete(sheetPath));

        assertEquals(versionBefore, as(OFFICE).get(path).then().statusCode(200).extract().asString(), "nothing changed");
        assertEquals(sheetBefore, as(OFFICE).get(sheetPath).then().statusCode(200).extract().asString(), "nothing changed");
    }

    private static void conflict(Response r) {
        r.then().statusCode(409).contentType(startsWith("application/problem+json")).body("status", equalTo(409));
    }

    @Test
    void publishingIsRefusedWhileFindingsRemainAndSucceedsOnceTheSheetIsFixed() {
        JsonPath draft = createDraft(version("DECISION_148_2023", null));
        long id = draft.getLong("id");
        assertEquals(false, draft.getBoolean("valid"));
        assertEquals(List.of("NO_SHEETS"), draft.getList("findings.code"));
        String path = "/api/v1/rubric-versions/" + id;
        as(OFFICE).post(path + "/publish").then().statusCode(409)
                .body("errors.field", hasItem("version")).body("errors.message", hasItem("the version has no score sheet"));

        ObjectNode anomaly = sheetFile("sheet-148-food-processed.json");
        Response created = as(OFFICE).body(anomaly.toString()).post(path + "/sheets");
        created.then().statusCode(201).header("Location", containsString("/api/v1/rubric-sheets/"))
                .body("valid", equalTo(false)).body("totalPoints", equalTo(99)).body("number", equalTo(7));
        long sheet = created.jsonPath().getLong("id");
        as(OFFICE).body(anomaly.toString()).post(path + "/sheets").then().statusCode(409);

        as(OFFICE).post(path + "/publish").then().statusCode(409)
                .body("errors.field", hasItems("sheets[7].C6.4", "sheets[7].C", "sheets[7].sheet"))
                .body("errors.message", hasItem("part C: best options sum to 34, official total 35"));
        as(OFFICE).get(path).then().body("status", equalTo("DRAFT")).body("invalidSheetCount", equalTo(1));

        for (JsonNode criterion : anomaly.get("parts").get(2).get("criteria")) {
            if (criterion.get("code").asText().equals("C6.4")) {
                JsonNode options = criterion.get("options");
                ((ObjectNode) options.get(options.size() - 1)).put("points", 4);
            }
        }
        String sheetPath = "/api/v1/rubric-sheets/" + sheet;
        as(OFFICE).header("If-Match", etag(sheetPath)).body(anomaly.toString()).put(sheetPath).then().statusCode(200)
                .body("valid", equalTo(true)).body("totalPoints", equalTo(100)).body("findings", org.hamcrest.Matchers.empty());
        as(OFFICE).get(sheetPath + "/history").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("CREATED", "REPLACED"));
        as(OFFICE).header("If-Match", etag(path)).post(path + "/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("valid", equalTo(true));
    }

    /** Issue 8 §4: a sheet that departs from the law is published only as a deliberate, audited act. */
    @Test
    void aVersionWithErrorFindingsIsPublishedOnlyWhenEachIsAcceptedWithAReason() {
        String path = "/api/v1/rubric-versions/" + createDraft(version("DECISION_148_2023", null)).getLong("id");
        as(OFFICE).body(sheetFile("sheet-148-food-processed.json").toString()).post(path + "/sheets").then()
                .statusCode(201).body("findings.findAll { it.severity == 'ERROR' }.accepted", everyItem(equalTo(false)));
        String all = "PART_TOTAL, GROUP_TOTAL, CRITERION_MAX, SHEET_TOTAL";

        // Accepting some findings is not enough: the problem lists the others and every code to accept.
        as(OFFICE).body(Map.of("acceptedFindings", List.of("PART_TOTAL", "GROUP_TOTAL"), "reason", "Như văn bản gốc"))
                .post(path + "/publish").then().statusCode(409)
                .body("errors.field", equalTo(List.of("sheets[7].C6.4", "sheets[7].sheet")))
                .body("detail", containsString("[CRITERION_MAX, GROUP_TOTAL, PART_TOTAL, SHEET_TOTAL]"));
        as(OFFICE).body(Map.of("acceptedFindings", List.of(all.split(", ")))).post(path + "/publish").then()
                .statusCode(400).body("errors.field", equalTo(List.of("reason")));
        List<String> withUnknown = new java.util.ArrayList<>(List.of(all.split(", ")));
        withUnknown.add("BANDS");
        as(OFFICE).body(Map.of("acceptedFindings", withUnknown, "reason", "Như văn bản gốc")).post(path + "/publish")
                .then().statusCode(400).body("errors.field", equalTo(List.of("acceptedFindings[4]")));
        as(OFFICE).get(path).then().body("status", equalTo("DRAFT"));

        String reason = "Công bố đúng như văn bản gốc, chờ văn bản đính chính";
        as(OFFICE).body(Map.of("acceptedFindings", List.of(all.split(", ")), "reason", reason)).post(path + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("office"))
                .body("valid", equalTo(false));
        as(OFFICE).get(path + "/sheets").then().statusCode(200)
                .body("items[0].findings.findAll { it.severity == 'ERROR' }.accepted", everyItem(equalTo(true)))
                .body("items[0].findings.findAll { it.severity == 'ERROR' }.acceptedBy", everyItem(equalTo("office")))
                .body("items[0].findings.findAll { it.severity == 'ERROR' }.acceptanceReason", everyItem(equalTo(reason)))
                .body("items[0].findings.findAll { it.severity == 'ERROR' }.acceptedAt", everyItem(not(equalTo(null))));
        JsonPath history = as(OFFICE).get(path + "/history").then().statusCode(200).extract().jsonPath();
        String published = "items.find { it.action == 'PUBLISHED' }";
        assertEquals("office", history.getString(published + ".actor"));
        assertEquals(reason, history.getString(published + ".note"));
        assertEquals(4, history.getList(published + ".changes.acceptedFindings.to").size());
        assertEquals("PUBLISHED", history.getString(published + ".changes.status.to"));
    }

    @Test
    void aDraftsHeaderIsEditedWithIfMatchAndADraftCanBeDeleted() {
        JsonPath draft = createDraft(version("DECISION_26_2026", null));
        String path = "/api/v1/rubric-versions/" + draft.getLong("id");
        Map<String, Object> edit = version("DECISION_26_2026", null);
        edit.put("name", "Bộ tiêu chí thử nghiệm");
        edit.put("effectiveTo", "2027-12-31");
        edit.put("starBands", List.of(band(1, 0, 30), band(2, 31, 50), band(3, 50, 70), band(4, 70, 90), band(5, 90, null)));
        as(OFFICE).body(edit).put(path).then().statusCode(428);
        as(OFFICE).header("If-Match", "\"7\"").body(edit).put(path).then().statusCode(412);
        as(OFFICE).header("If-Match", etag(path)).body(edit).put(path).then().statusCode(200)
                .header("ETag", "\"1\"").body("name", equalTo("Bộ tiêu chí thử nghiệm"))
                .body("effectiveTo", equalTo("2027-12-31"))
                .body("findings.message", hasItem("no band covers 30 ≤ s < 31"));

        as(OFFICE).header("If-Match", etag(path)).delete(path).then().statusCode(204);
        as(OFFICE).get(path).then().statusCode(404);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstDraft() {
        Map<String, Object> body = version("DECISION_26_2026", null);
        String key = UUID.randomUUID().toString();
        long first = as(OFFICE).header("Idempotency-Key", key).body(body).post("/api/v1/rubric-versions")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(OFFICE).header("Idempotency-Key", key).body(body).post("/api/v1/rubric-versions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo((int) first));
    }

    @Test
    void badVersionInputIsRefusedAndNothingStored() {
        long before = total();
        long source1048 = RubricSeedApiTest.seeded("DECISION_1048_2019").getLong("id");
        Map<String, Object> unknownBasis = version("DECISION_999", null);
        refused(unknownBasis, "legalBasisCode");
        refused(version("DECISION_148_2023", source1048), "copyOfVersionId");
        Map<String, Object> noParts = version("DECISION_148_2023", null);
        noParts.remove("parts");
        refused(noParts, "parts");
        Map<String, Object> backwards = version("DECISION_148_2023", null);
        backwards.put("effectiveTo", "2020-01-01");
        refused(backwards, "effectiveTo");
        Map<String, Object> twice = version("DECISION_148_2023", null);
        twice.put("starBands", List.of(band(1, 0, 50), band(1, 50, null)));
        refused(twice, "starBands[1].stars");
        Map<String, Object> badBand = version("DECISION_148_2023", null);
        badBand.put("starBands", List.of(band(1, 0, 30), band(6, 30, null)));
        refused(badBand, "starBands[1].stars");
        assertEquals(before, total());
    }

    private static long total() {
        return as(OFFICE).get("/api/v1/rubric-versions").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static void refused(Map<String, Object> body, String field) {
        as(OFFICE).body(body).post("/api/v1/rubric-versions").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(field));
    }

    @Test
    void badSheetUploadsAreRefusedAndNothingStored() {
        String path = "/api/v1/rubric-versions/" + createDraft(version("DECISION_148_2023", null)).getLong("id");
        ObjectNode noNumber = sheetFile("sheet-148-food.json");
        ((ObjectNode) noNumber.get("sheet")).remove("number");
        ((ObjectNode) noNumber.get("parts").get(0).get("criteria").get(0)).putArray("options");
        as(OFFICE).body(noNumber.toString()).post(path + "/sheets").then().statusCode(400)
                .body("errors.field", hasItems("sheet.number", "parts[0].criteria[0].options"));

        ObjectNode unknownSet = sheetFile("sheet-148-food.json");
        ((ObjectNode) unknownSet.get("sheet")).put("number", 27);
        as(OFFICE).body(unknownSet.toString()).post(path + "/sheets").then().statusCode(400)
                .body("errors.field", hasItem("sheet.number"));

        ObjectNode badStar = sheetFile("sheet-148-food.json");
        ((ObjectNode) badStar.get("parts").get(0).get("criteria").get(2)).putObject("starMinimums").put("7", 1);
        as(OFFICE).body(badStar.toString()).post(path + "/sheets").then().statusCode(400)
                .body("errors.field", hasItem("parts[0].criteria[2].starMinimums[7]"));

        ObjectNode duplicate = sheetFile("sheet-148-food.json");
        ((ObjectNode) duplicate.get("parts").get(0).get("criteria").get(1)).put("code", "A1.1");
        as(OFFICE).body(duplicate.toString()).post(path + "/sheets").then().statusCode(400)
                .body("errors.field", hasItem("parts[0].criteria[1].code"));

        as(OFFICE).get(path + "/sheets").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void scorePreviewRanksAFilledInSheet() {
        long version148 = RubricSeedApiTest.seeded("DECISION_148_2023").getLong("id");
        String sheet = "/api/v1/rubric-sheets/" + RubricSeedApiTest.sheetId(version148, 1);
        JsonPath full = new JsonPath(as(OFFICE).get(sheet).then().extract().asString());
        List<Long> best = bestOptions(full, Map.of());
        as(OFFICE).body(Map.of("optionIds", best)).post(sheet + "/score-preview").then().statusCode(200)
                .body("total", equalTo(100)).body("bandStars", equalTo(5)).body("stars", equalTo(5))
                .body("parts.C", equalTo(35)).body("eliminated", equalTo(false));
        as(OFFICE).body(Map.of("optionIds", bestOptions(full, Map.of("A1.3", 2)))).post(sheet + "/score-preview").then()
                .statusCode(200).body("total", equalTo(99)).body("bandStars", equalTo(5)).body("stars", equalTo(4))
                .body("shortfalls.criterionCode", hasItem("A1.3"));
        as(OFFICE).body(Map.of("optionIds", best.subList(1, best.size()))).post(sheet + "/score-preview").then()
                .statusCode(400).body("errors.message", hasItem("no option chosen for A1.1"));

        long version1048 = RubricSeedApiTest.seeded("DECISION_1048_2019").getLong("id");
        String sheet1048 = "/api/v1/rubric-sheets/" + RubricSeedApiTest.sheetId(version1048, 1);
        JsonPath food = new JsonPath(as(OFFICE).get(sheet1048).then().extract().asString());
        List<Long> bothCases = new java.util.ArrayList<>(bestOptions(food, Map.of()));
        // Best options pick case 1's two points for A3.2; adding case 2's option mixes the cases.
        List<Number> community = food.getList("parts[0].criteria.find { it.code == 'A3.2' }.options.id");
        bothCases.add(community.get(3).longValue());
        as(OFFICE).body(Map.of("optionIds", bothCases)).post(sheet1048 + "/score-preview").then().statusCode(400)
                .body("errors.message", hasItem(containsString("options of two cases")));
        long forged = food.getLong("eliminationConditions[0].id");
        as(OFFICE).body(Map.of("optionIds", bestOptions(food, Map.of()), "eliminationConditionIds", List.of(forged)))
                .post(sheet1048 + "/score-preview").then().statusCode(200)
                .body("total", equalTo(100)).body("eliminated", equalTo(true)).body("stars", equalTo(null))
                .body("eliminatedBy", equalTo(List.of((int) forged)));
    }

    /** The best option of each criterion, or for the given codes the option with those points. */
    static List<Long> bestOptions(JsonPath sheet, Map<String, Integer> overrides) {
        List<Long> ids = new java.util.ArrayList<>();
        List<Map<String, Object>> criteria = sheet.getList("parts.criteria.flatten()");
        for (Map<String, Object> c : criteria) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> options = (List<Map<String, Object>>) c.get("options");
            Integer wanted = overrides.get((String) c.get("code"));
            Map<String, Object> pick = null;
            for (Map<String, Object> o : options) {
                Integer points = (Integer) o.get("points");
                if (points != null
                        && (wanted == null ? pick == null || points > (Integer) pick.get("points") : points.equals(wanted))) {
                    pick = o;
                }
            }
            ids.add(((Number) pick.get("id")).longValue());
        }
        return ids;
    }

    @Test
    void everySeededSheetOfAPublishedVersionListsItsFindings() {
        long version148 = RubricSeedApiTest.seeded("DECISION_148_2023").getLong("id");
        as(OFFICE).get("/api/v1/rubric-versions/" + version148 + "/sheets?size=50&q=che bien tu rau").then().statusCode(200)
                .body("items.number", equalTo(List.of(7)))
                .body("items[0].findings.severity", everyItem(equalTo("ERROR")));
    }
}
