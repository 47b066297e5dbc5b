package vn.ocop.registry.productgroup;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.TestClock;

/**
 * Issue 11 §4: the legal basis in force on a day, from the data on the legal bases, on each side of every boundary:
 * 1048 from 2019-08-21 to 2023-02-23, 148 as issued to 2025-07-05, 148 as amended by 1489 to 2026-07-20 (148 and
 * 1489 both cease then), 26/2026 from 2026-07-21.
 */
@QuarkusTest
class LegalBasesTest {
    private static final String BOUNDARIES = """
            2019-08-21, DECISION_1048_2019
            2023-02-23, DECISION_1048_2019
            2023-02-24, DECISION_148_2023
            2025-07-05, DECISION_148_2023
            2025-07-06, DECISION_1489_2025
            2026-07-20, DECISION_1489_2025
            2026-07-21, DECISION_26_2026
            2100-12-31, DECISION_26_2026
            """;

    @Inject
    LegalBases legalBases;

    @AfterEach
    void release() {
        TestClock.release();
    }

    @ParameterizedTest
    @CsvSource(textBlock = BOUNDARIES)
    void theServiceAnswersOnEachSideOfEveryBoundary(LocalDate day, String basis) {
        assertEquals(basis, legalBases.inForceOn(day).orElseThrow().code);
        assertTrue(legalBases.inForceOn(day).orElseThrow().isInForceOn(day));
    }

    @Test
    void noneBeforeDecision1048() {
        assertTrue(legalBases.inForceOn(LocalDate.of(2019, 8, 20)).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(textBlock = BOUNDARIES)
    void theApiAnswersTheSame(String day, String basis) {
        as(ANONYMOUS).queryParam("on", day).get("/api/v1/legal-bases/in-force").then().statusCode(200)
                .body("code", equalTo(basis));
    }

    @Test
    void withoutADateItIsTodayOnTheProvincesCalendar() {
        // 17:30 UTC on 20 July 2026 is already 21 July in the province: 26/2026 applies there.
        TestClock.pin(Instant.parse("2026-07-20T17:30:00Z"));
        as(ANONYMOUS).get("/api/v1/legal-bases/in-force").then().statusCode(200).body("code", equalTo("DECISION_26_2026"));
        TestClock.pin(Instant.parse("2026-07-20T16:30:00Z"));
        as(ANONYMOUS).get("/api/v1/legal-bases/in-force").then().statusCode(200)
                .body("code", equalTo("DECISION_1489_2025"));
    }

    @Test
    void beforeTheProgrammeNothingIsInForceAndABadDateIsNamed() {
        as(ANONYMOUS).queryParam("on", "2019-08-20").get("/api/v1/legal-bases/in-force").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("2019-08-21"));
        as(ANONYMOUS).queryParam("on", "2025-13-01").get("/api/v1/legal-bases/in-force").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("on"));
    }

    @Test
    void decision1489AmendsAndUses148AndNumbersByCommune() {
        as(ANONYMOUS).queryParam("on", "2025-07-10").get("/api/v1/legal-bases/in-force").then().statusCode(200)
                .body("decisionNumber", equalTo("1489/QĐ-TTg")).body("signedOn", equalTo("2025-07-06"))
                .body("inForceFrom", equalTo("2025-07-06")).body("inForceTo", equalTo("2026-07-20"))
                .body("effectiveTo", equalTo("2026-07-20"))
                .body("amendsCode", equalTo("DECISION_148_2023")).body("criteriaBasisCode", equalTo("DECISION_148_2023"))
                .body("productCodeScheme", equalTo("PROVINCE_COMMUNE"));
        // 148 keeps its legal effect to 2026-07-20 but is in force as issued only to 2025-07-05
        as(ANONYMOUS).get("/api/v1/legal-bases").then().statusCode(200)
                .body("items.find { it.code == 'DECISION_148_2023' }.effectiveTo", equalTo("2026-07-20"))
                .body("items.find { it.code == 'DECISION_148_2023' }.inForceTo", equalTo("2025-07-05"))
                .body("items.find { it.code == 'DECISION_148_2023' }.productCodeScheme", equalTo("PROVINCE_DISTRICT"))
                .body("items.find { it.code == 'DECISION_26_2026' }.inForceTo", nullValue())
                .body("items.find { it.code == 'DECISION_26_2026' }.criteriaBasisCode", equalTo("DECISION_26_2026"));
        // its product sets are 148's
        as(ANONYMOUS).queryParam("legalBasis", "DECISION_1489_2025").get("/api/v1/product-sets").then().statusCode(200)
                .body("total", equalTo(26)).body("items[0].legalBasisCode", equalTo("DECISION_148_2023"));
    }

    @Test
    void decision1489HasNoDistrictLevel() {
        as(OFFICE).queryParam("legalBasisCode", "DECISION_1489_2025")
                .get("/api/v1/procedures").then().statusCode(200)
                .body("items[0].levels.level", contains("COMMUNE", "PROVINCIAL", "CENTRAL"))
                .body("items[0].levels.find { it.level == 'COMMUNE' }.checksDossier", equalTo(true))
                .body("items[0].levels.find { it.level == 'COMMUNE' }.scores", equalTo(false))
                .body("items[0].levels.find { it.level == 'PROVINCIAL' }.minRecognisedStars", equalTo(3))
                .body("items[0].levels.find { it.level == 'PROVINCIAL' }.maxRecognisedStars", equalTo(4))
                .body("items[0].levels.find { it.level == 'CENTRAL' }.minRecognisedStars", equalTo(5));
    }
}
