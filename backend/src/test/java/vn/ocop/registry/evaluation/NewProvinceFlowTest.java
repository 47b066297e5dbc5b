package vn.ocop.registry.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B1048;
import static vn.ocop.registry.evaluation.EvaluationFixtures.B2026;
import static vn.ocop.registry.evaluation.EvaluationFixtures.NEW_PROVINCE;
import static vn.ocop.registry.evaluation.EvaluationFixtures.choices;
import static vn.ocop.registry.evaluation.EvaluationFixtures.fillAndSubmit;
import static vn.ocop.registry.evaluation.EvaluationFixtures.sheet;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.TestClock;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestProducts;

/**
 * Issue 11: the 26/2026 procedure in the new Vĩnh Long (86) with the demo users of the new map and real tokens. The
 * office of Vĩnh Long opens a commune round of Xã Cầu Kè and a provincial round (basis and rubric version taken by
 * the opening day); the commune officer of Xã Cầu Kè checks the dossiers of its commune's products — one of a
 * producer registered on the new map, one of a 2019 producer of Thị trấn Cầu Kè re-rated under its new set — and the
 * office forwards them; the provincial council scores on the 26/2026 sheets; the province recognises 3★ and 4★ by a
 * decision dated after the round; the certificates carry T-X codes of province 86 and commune 29308 and the public
 * lookup shows them VALID. The commune officer of Phường Trà Vinh never touches them.
 */
@QuarkusTest
class NewProvinceFlowTest {
    static final String XA_CAU_KE = "29308";
    static final String OFFICE_VINHLONG = "office-vinhlong";
    static final String CO_CAUKE = "co-cauke";
    static final String CO_TRAVINH = "co-travinh";
    static final List<String> COUNCIL = List.of("pc-vinhlong", "pc2", "pc3");
    static final LocalDate OPENS = LocalDate.of(2026, 8, 3);
    static final LocalDate CLOSES = LocalDate.of(2026, 10, 30);
    static final String CODE = NEW_PROVINCE + "-" + XA_CAU_KE + "-\\d{3}-2026";

    @Inject
    TestProducts products;

    /** A round that names neither a legal basis nor a rubric version: both follow the opening day. */
    private static long open(String level, String unit) {
        return as(OFFICE_VINHLONG).body(Map.of("year", 2026, "level", level, "adminUnitCode", unit, "opensOn",
                OPENS.toString(), "closesOn", CLOSES.toString())).post("/api/v1/evaluation-rounds").then()
                .statusCode(201).body("legalBasisCode", equalTo(B2026)).body("status", equalTo("OPEN"))
                .extract().jsonPath().getLong("id");
    }

    private static void act(long round, String action) {
        as(OFFICE_VINHLONG).post("/api/v1/evaluation-rounds/" + round + "/" + action).then().statusCode(200);
    }

    private static Map<String, Object> passed(String note) {
        return Map.of("status", "PASSED", "note", note, "localOrigin", List.of(
                Map.of("item", "PRODUCT_AND_RAW_MATERIAL_ORIGIN", "confirmed", true, "note", "Nguyên liệu tại xã"),
                Map.of("item", "LOCAL_LABOUR", "confirmed", true),
                Map.of("item", "IDEA_ORIGIN", "confirmed", true),
                Map.of("item", "LOCAL_IDENTITY", "confirmed", true)));
    }

    private static JsonPath entry(String user, long id) {
        return new JsonPath(as(user).get("/api/v1/evaluation-entries/" + id).then().statusCode(200).extract().asString());
    }

    @Test
    void aCommuneOfXaCauKeChecksTheDossiersAndTheProvinceRecognisesThemWithNewFormatCodes() {
        String marker = TestData.marker();
        // a producer registered on the new map, in Xã Cầu Kè, and a 2019 producer of Thị trấn Cầu Kè (845)
        long today = as(OFFICE_VINHLONG).body(TestData.producerToday(XA_CAU_KE, "HTX Dừa sáp Cầu Kè " + marker))
                .post("/api/v1/producers").then().statusCode(201).body("districtCode", nullValue())
                .extract().jsonPath().getLong("id");
        Map<String, Object> of2019 = new HashMap<>(TestData.producer("845", "Cơ sở Khô cá Cầu Kè " + marker));
        of2019.put("communeCode", XA_CAU_KE);
        long old = as(OFFICE_VINHLONG).body(of2019).post("/api/v1/producers").then().statusCode(201)
                .body("commune.name", equalTo("Thị trấn Cầu Kè")).body("communeToday.name", equalTo("Xã Cầu Kè"))
                .extract().jsonPath().getLong("id");
        long fresh = products.create(today, "Dừa sáp sấy " + marker, B2026, 7, 2026);
        // 1048 set 9 (processed fish) became 148 set 8, and 26/2026 set 8: the product is re-rated under its new set
        long dried = products.create(old, "Khô cá lóc " + marker, B1048, 9, 2019);

        long commune = open("COMMUNE", XA_CAU_KE);
        long provincial = open("PROVINCIAL", NEW_PROVINCE);
        as(OFFICE_VINHLONG).get("/api/v1/evaluation-rounds/" + commune).then().statusCode(200)
                .body("adminUnitName", equalTo("Xã Cầu Kè"));
        EvaluationFixtures.council(provincial, COUNCIL);
        long[] entries = new long[2];
        long[] productIds = {fresh, dried};
        for (int i = 0; i < 2; i++) {
            entries[i] = as(OFFICE_VINHLONG).body(Map.of("productId", productIds[i]))
                    .post("/api/v1/evaluation-rounds/" + commune + "/entries").then().statusCode(201).extract()
                    .jsonPath().getLong("id");
        }
        JsonPath sheetOfDried = sheet(entry(OFFICE_VINHLONG, entries[1]).getLong("rubricSheetId"));
        assertEquals(B2026, sheetOfDried.getString("legalBasisCode"));
        assertEquals(8, sheetOfDried.getInt("number"));

        // the commune officer of Xã Cầu Kè sees its commune's entries; the one of Phường Trà Vinh does not
        assertEquals(List.of(entries[0], entries[1]), as(CO_CAUKE).queryParam("roundId", commune)
                .queryParam("sort", "id").get("/api/v1/evaluation-entries").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class));
        as(CO_TRAVINH).queryParam("roundId", commune).get("/api/v1/evaluation-entries").then().statusCode(403);
        as(CO_TRAVINH).queryParam("q", marker).get("/api/v1/evaluation-entries").then().statusCode(200)
                .body("items", empty());
        as(CO_TRAVINH).get("/api/v1/evaluation-entries/" + entries[0]).then().statusCode(403);
        as(CO_TRAVINH).body(passed("Hồ sơ đầy đủ")).post("/api/v1/evaluation-entries/" + entries[0] + "/dossier-check")
                .then().statusCode(403);
        // nor does the commune officer see the provincial round's entries or score
        as(CO_CAUKE).queryParam("roundId", provincial).get("/api/v1/evaluation-entries").then().statusCode(403);
        as(CO_CAUKE).body(Map.of("entryId", entries[0])).post("/api/v1/score-sheets").then().statusCode(403);

        // the check: a failed dossier says why, a passed one rates every local-origin item
        as(CO_CAUKE).body(Map.of("status", "FAILED")).post("/api/v1/evaluation-entries/" + entries[0] + "/dossier-check")
                .then().statusCode(400).body("errors[0].field", equalTo("note"));
        as(CO_CAUKE).body(Map.of("status", "PASSED", "localOrigin", List.of(Map.of("item", "LOCAL_LABOUR",
                "confirmed", true)))).post("/api/v1/evaluation-entries/" + entries[0] + "/dossier-check")
                .then().statusCode(400).body("errors[0].field", equalTo("localOrigin"));
        for (long e : entries) {
            as(CO_CAUKE).body(passed("Hồ sơ đầy đủ, sản phẩm của xã")).post("/api/v1/evaluation-entries/" + e
                    + "/dossier-check").then().statusCode(200).body("dossierCheck.status", equalTo("PASSED"))
                    .body("dossierCheck.localOrigin.size()", equalTo(4)).body("dossierCheck.checkedBy", equalTo(CO_CAUKE));
        }
        // the commune does not score: the office forwards the checked dossiers to the province
        act(commune, "start-scoring");
        as(OFFICE_VINHLONG).body(Map.of("forwardToRoundId", provincial)).post("/api/v1/evaluation-rounds/" + commune
                + "/close").then().statusCode(200).body("outcomeCounts.FORWARDED", equalTo(2));
        long[] up = new long[2];
        for (int i = 0; i < 2; i++) {
            JsonPath result = new JsonPath(as(CO_CAUKE).get("/api/v1/evaluation-entries/" + entries[i] + "/result")
                    .then().statusCode(200).body("outcome", equalTo("FORWARDED")).body("dossierStatus", equalTo("PASSED"))
                    .body("mean", nullValue()).extract().asString());
            assertEquals(provincial, result.getLong("forwardedToRoundId"));
            up[i] = result.getLong("forwardedToEntryId");
        }
        as(CO_CAUKE).get("/api/v1/evaluation-entries/" + up[0]).then().statusCode(403);

        // the provincial council scores on the 26/2026 sheets: 4★ for the new product, 3★ for the 2019 one
        act(provincial, "start-scoring");
        int[][] targets = {{76, 78, 80}, {58, 60, 62}};
        int[] stars = {4, 3};
        for (int i = 0; i < 2; i++) {
            JsonPath rubric = sheet(entry(OFFICE_VINHLONG, up[i]).getLong("rubricSheetId"));
            assertEquals(B2026, rubric.getString("legalBasisCode"));
            for (int m = 0; m < COUNCIL.size(); m++) {
                fillAndSubmit(COUNCIL.get(m), up[i], choices(rubric, targets[i][m], stars[i]));
            }
        }
        as(OFFICE_VINHLONG).post("/api/v1/evaluation-rounds/" + provincial + "/close").then().statusCode(200)
                .body("outcomeCounts.RECOGNISED", equalTo(2));
        for (int i = 0; i < 2; i++) {
            as(OFFICE_VINHLONG).get("/api/v1/evaluation-entries/" + up[i] + "/result").then().statusCode(200)
                    .body("outcome", equalTo("RECOGNISED")).body("stars", equalTo(stars[i]));
        }
        act(provincial, "finalize");

        // the province decides after the round (never in the future): 3–4★ with T-X codes of 86 and Xã Cầu Kè
        LocalDate decided = TestClock.today().isBefore(CLOSES.plusDays(17)) ? TestClock.today() : CLOSES.plusDays(17);
        long decision = as(OFFICE_VINHLONG).body(Map.of("number", UUID.randomUUID().toString().substring(0, 6)
                + "/QĐ-UBND", "decidedOn", decided.toString(), "signer", "Phó Chủ tịch UBND tỉnh"))
                .post("/api/v1/evaluation-rounds/" + provincial + "/decision").then().statusCode(201)
                .body("legalBasisCode", equalTo(B2026)).body("level", equalTo("PROVINCIAL"))
                .body("adminUnitCode", equalTo(NEW_PROVINCE)).body("certificateCount", equalTo(2))
                .extract().jsonPath().getLong("id");
        JsonPath certificates = new JsonPath(as(OFFICE_VINHLONG).queryParam("decisionId", decision).queryParam("sort",
                "stars").get("/api/v1/ocop-certificates").then().statusCode(200)
                .body("items.productCode", everyItem(matchesPattern(CODE)))
                .body("items.status", everyItem(equalTo("VALID"))).extract().asString());
        assertEquals(List.of(dried, fresh), certificates.getList("items.productId", Long.class));
        assertEquals(List.of(3, 4), certificates.getList("items.stars", Integer.class));
        for (String code : certificates.getList("items.publicCode", String.class)) {
            given().get("/api/v1/public/certificates/" + code).then().statusCode(200).body("status", equalTo("VALID"))
                    .body("productCode", matchesPattern(CODE)).body("issuedOn", equalTo(decided.toString()));
        }
        // the commune officer reads its products with their new certificates; the other commune's does not
        as(CO_CAUKE).get("/api/v1/products/" + dried).then().statusCode(200).body("communeToday.code", equalTo(XA_CAU_KE));
        as(CO_TRAVINH).get("/api/v1/products/" + dried).then().statusCode(403);
    }
}
