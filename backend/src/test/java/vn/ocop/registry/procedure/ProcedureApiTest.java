package vn.ocop.registry.procedure;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ProcedureApiTest {

    private static JsonPath procedure(String basis) {
        long id = as(DC_CAUKE).queryParam("legalBasisCode", basis).get("/api/v1/procedures").then().statusCode(200)
                .body("total", equalTo(1)).extract().jsonPath().getLong("items[0].id");
        return new JsonPath(as(DC_CAUKE).get("/api/v1/procedures/" + id).then().statusCode(200).extract().asString());
    }

    /** The procedure's levels with one level's forwarding threshold changed. */
    private static List<Map<String, Object>> forwardingFrom(JsonPath p, int level, int score) {
        List<Map<String, Object>> levels = new ArrayList<>(p.getList("levels"));
        Map<String, Object> changed = new HashMap<>(levels.get(level));
        changed.put("forwardMinScore", score);
        levels.set(level, changed);
        return levels;
    }

    @Test
    void eachLegalBasisHasItsProcedure() {
        as(OFFICE).get("/api/v1/procedures").then().statusCode(200).body("total", equalTo(4));
        JsonPath p1048 = procedure("DECISION_1048_2019");
        assertEquals(List.of("DISTRICT", "PROVINCIAL", "CENTRAL"), p1048.getList("levels.level"));
        assertEquals(50.0f, p1048.getFloat("levels[0].forwardMinScore"));
        assertEquals(List.of(3, 4),
                List.of(p1048.getInt("levels[1].minRecognisedStars"), p1048.getInt("levels[1].maxRecognisedStars")));
        assertEquals(90.0f, p1048.getFloat("levels[1].forwardMinScore"));
        assertEquals(5, p1048.getInt("levels[2].minRecognisedStars"));

        JsonPath p148 = procedure("DECISION_148_2023");
        assertEquals(List.of(3, 3),
                List.of(p148.getInt("levels[0].minRecognisedStars"), p148.getInt("levels[0].maxRecognisedStars")));
        assertEquals(70.0f, p148.getFloat("levels[0].forwardMinScore"));
        assertEquals(4, p148.getInt("levels[1].maxRecognisedStars"));

        // 148 as amended by 1489 (2025): no district level; the commune checks the dossier, the province 3–4★
        JsonPath p1489 = procedure("DECISION_1489_2025");
        assertEquals(List.of("COMMUNE", "PROVINCIAL", "CENTRAL"), p1489.getList("levels.level"));
        assertEquals(true, p1489.getBoolean("levels[0].checksDossier"));
        assertEquals(false, p1489.getBoolean("levels[0].scores"));
        assertEquals(List.of(3, 4),
                List.of(p1489.getInt("levels[1].minRecognisedStars"), p1489.getInt("levels[1].maxRecognisedStars")));
        assertEquals(5, p1489.getInt("levels[2].minRecognisedStars"));

        JsonPath p2026 = procedure("DECISION_26_2026");
        assertEquals(List.of("COMMUNE", "PROVINCIAL", "CENTRAL"), p2026.getList("levels.level"));
        assertEquals(false, p2026.getBoolean("levels[0].scores"));
        assertEquals(true, p2026.getBoolean("levels[0].ratesLocalOrigin"));
        assertEquals(90.0f, p2026.getFloat("levels[1].forwardMinScore"));
        assertEquals(List.of(3, 4),
                List.of(p2026.getInt("levels[1].minRecognisedStars"), p2026.getInt("levels[1].maxRecognisedStars")));
    }

    @Test
    void theOfficeEditsAProcedureWithIfMatch() {
        JsonPath p = procedure("DECISION_148_2023");
        String path = "/api/v1/procedures/" + p.getLong("id");
        Map<String, Object> body = new HashMap<>(Map.of("name", p.getString("name"),
                "levels", forwardingFrom(p, 0, 75)));
        body.put("description", p.getString("description"));

        as(OFFICE).body(body).put(path).then().statusCode(428);
        String tag = as(OFFICE).get(path).header("ETag");
        as(OFFICE).header("If-Match", tag).body(body).put(path).then().statusCode(200)
                .body("levels[0].forwardMinScore", equalTo(75.0f)).body("updatedBy", equalTo("office"));

        body.put("levels", forwardingFrom(p, 0, 70));
        as(OFFICE).header("If-Match", as(OFFICE).get(path).header("ETag")).body(body).put(path).then().statusCode(200)
                .body("levels[0].forwardMinScore", equalTo(70.0f));
        as(OFFICE).queryParam("sort", "-at").queryParam("size", 2).get(path + "/history").then().statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("UPDATED", "UPDATED"))
                .body("items[0].changes", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void malformedLevelsAreRefused() {
        JsonPath p = procedure("DECISION_26_2026");
        String path = "/api/v1/procedures/" + p.getLong("id");
        List<Map<String, Object>> levels = forwardingFrom(p, 2, 95);
        String tag = as(OFFICE).get(path).header("ETag");
        as(OFFICE).header("If-Match", tag).body(Map.of("name", "Quy trình", "levels", levels)).put(path).then()
                .statusCode(400).body("errors.field", hasItem("levels[2].forwardMinScore"));
        as(OFFICE).header("If-Match", tag).body(Map.of("name", "Quy trình", "levels", List.of())).put(path).then()
                .statusCode(400).body("errors.field", hasItem("levels"));
        as(OFFICE).get(path).then().header("ETag", tag);
    }
}
