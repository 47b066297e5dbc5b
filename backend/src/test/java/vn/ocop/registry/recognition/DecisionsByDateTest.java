package vn.ocop.registry.recognition;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.ocop.registry.common.TestProducts;
import vn.ocop.registry.common.TestUnits;

/**
 * Issue 11 §4 and §6: a paper decision is held to the powers of its level under the legal basis in force on its
 * date, and numbers its products by that basis's scheme: T-H-STT-year (province, district) under 1048 and 148,
 * T-X-STT-year (province, commune) under 1489 and 26/2026, per prefix and year, never twice.
 */
@QuarkusTest
class DecisionsByDateTest {
    private static final String PATH = "/api/v1/recognition-decisions";

    @Inject
    TestProducts products;

    private String commune;
    private long producerId;

    /** A product of a producer in a fresh commune of Thành phố Trà Vinh (so its T-X prefix is the test's own). */
    private long product(String name) {
        if (commune == null) {
            Map<String, Object> producer = TestUnits.producerInCommune(TRAVINH, "Cơ sở " + UUID.randomUUID());
            commune = (String) producer.get("communeCode");
            producerId = as(OFFICE).body(producer).post("/api/v1/producers").then().statusCode(201).extract()
                    .jsonPath().getLong("id");
        }
        return products.create(producerId, name, "DECISION_148_2023", 1, 2025);
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return as(OFFICE).body(body).post(PATH).then();
    }

    private static String codeOf(long decisionId) {
        return as(OFFICE).queryParam("decisionId", decisionId).get("/api/v1/ocop-certificates").then().statusCode(200)
                .extract().jsonPath().getString("items[0].productCode");
    }

    @Test
    void aDistrictDecisionAfter1489IsRefusedForThereIsNoDistrictLevel() {
        long p = product("Bánh tét");
        post(PaperDecisions.body(LocalDate.of(2025, 8, 1), null, "DISTRICT", TRAVINH, p, 3)).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("level")))
                .body("errors[0].message", equalTo("the procedure of 1489/QĐ-TTg has no DISTRICT level"));
        // naming 148 does not help: on that day 148 applies as amended by 1489
        post(PaperDecisions.body(LocalDate.of(2025, 8, 1), "DECISION_148_2023", "DISTRICT", TRAVINH, p, 3))
                .statusCode(400).body("errors.field", equalTo(List.of("legalBasisCode")))
                .body("errors[0].message", containsString("follows DECISION_1489_2025"));
        // the day before, under 148 as issued, the district recognised 3★ (T-H code)
        long decision = post(PaperDecisions.body(LocalDate.of(2025, 7, 5), null, "DISTRICT", TRAVINH, p, 3))
                .statusCode(201).body("legalBasisCode", equalTo("DECISION_148_2023")).extract().jsonPath().getLong("id");
        assertTrue(codeOf(decision).matches("84-842-\\d{3}-2025"), codeOf(decision));
    }

    @Test
    void aProvincialThreeStarDecisionIsAcceptedUnder26Of2026ButNotUnder148() {
        long p = product("Chả cá");
        post(PaperDecisions.body(LocalDate.of(2024, 6, 30), null, "PROVINCIAL", "84", p, 3)).statusCode(400)
                .body("errors.field", equalTo(List.of("recognitions[0].stars")))
                .body("errors[0].message", containsString("under 148/QĐ-TTg the PROVINCIAL level recognises 4★"));
        long decision = post(PaperDecisions.body(LocalDate.of(2026, 8, 3), null, "PROVINCIAL", "84", p, 3))
                .statusCode(201).body("legalBasisCode", equalTo("DECISION_26_2026")).extract().jsonPath().getLong("id");
        assertEquals("84-" + commune + "-001-2026", codeOf(decision));
        // naming an ended basis is refused with the one in force named
        post(PaperDecisions.body(LocalDate.of(2026, 8, 3), "DECISION_1048_2019", "PROVINCIAL", "84", p, 3))
                .statusCode(400).body("errors[0].field", equalTo("legalBasisCode"))
                .body("errors[0].message", containsString("follows DECISION_26_2026"));
    }

    @Test
    void codesFollowTheSchemeOfTheDecisionsBasisPerPrefixAndYearNeverReused() {
        long a = product("Mắm cá linh");
        long b = product("Mắm tôm chua");
        long c = product("Mắm ruốc");
        long d = product("Mắm cá sặc");
        // 1489 (2025) numbers by commune already
        long in2025 = post(PaperDecisions.body(LocalDate.of(2025, 9, 1), null, "PROVINCIAL", "84", a, 4))
                .statusCode(201).body("legalBasisCode", equalTo("DECISION_1489_2025")).extract().jsonPath().getLong("id");
        assertEquals("84-" + commune + "-001-2025", codeOf(in2025));
        long first = post(PaperDecisions.body(LocalDate.of(2026, 9, 1), null, "PROVINCIAL", "84", b, 4))
                .statusCode(201).extract().jsonPath().getLong("id");
        assertEquals("84-" + commune + "-001-2026", codeOf(first));
        // a revoked certificate keeps its number: the next product gets the next one
        long certificate = as(OFFICE).queryParam("decisionId", first).get("/api/v1/ocop-certificates").then()
                .extract().jsonPath().getLong("items[0].id");
        as(OFFICE).body(Map.of("reason", "PRODUCTION_STOPPED", "note", "Cơ sở ngừng sản xuất"))
                .post("/api/v1/ocop-certificates/" + certificate + "/revoke").then().statusCode(200);
        long second = post(PaperDecisions.body(LocalDate.of(2026, 9, 2), null, "PROVINCIAL", "84", c, 3))
                .statusCode(201).extract().jsonPath().getLong("id");
        assertEquals("84-" + commune + "-002-2026", codeOf(second));
        // 2019, under 1048: province and district
        long old = post(PaperDecisions.body(LocalDate.of(2019, 12, 20), null, "PROVINCIAL", "84", d, 3))
                .statusCode(201).body("legalBasisCode", equalTo("DECISION_1048_2019")).extract().jsonPath().getLong("id");
        assertTrue(codeOf(old).matches("84-842-\\d{3}-2019"), codeOf(old));
    }
}
