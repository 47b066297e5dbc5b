package vn.ocop.registry.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.ocop.registry.procedure.EvaluationLevel.CENTRAL;
import static vn.ocop.registry.procedure.EvaluationLevel.COMMUNE;
import static vn.ocop.registry.procedure.EvaluationLevel.DISTRICT;
import static vn.ocop.registry.procedure.EvaluationLevel.PROVINCIAL;
import static vn.ocop.registry.procedure.LevelOutcome.NOT_RECOGNISED;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureLevelView;

/** Forwarding and recognition at the thresholds of each legal basis (the levels as seeded in V51). */
class ProcedureRulesTest {
    static final Map<String, Map<EvaluationLevel, ProcedureLevelView>> SEEDED = Map.of(
            "1048", Map.of(
                    DISTRICT, level(DISTRICT, true, "50", null, null),
                    PROVINCIAL, level(PROVINCIAL, true, "90", 3, 4),
                    CENTRAL, level(CENTRAL, true, null, 5, 5)),
            "148", Map.of(
                    DISTRICT, level(DISTRICT, true, "70", 3, 3),
                    PROVINCIAL, level(PROVINCIAL, true, "90", 4, 4),
                    CENTRAL, level(CENTRAL, true, null, 5, 5)),
            "26/2026", Map.of(
                    COMMUNE, level(COMMUNE, false, null, null, null),
                    PROVINCIAL, level(PROVINCIAL, true, "90", 3, 4),
                    CENTRAL, level(CENTRAL, true, null, 5, 5)));

    static ProcedureLevelView level(EvaluationLevel level, boolean scores, String forward, Integer min, Integer max) {
        return new ProcedureLevelView(level, true, level == COMMUNE, scores, forward == null ? null : new BigDecimal(forward),
                min, max,
                null);
    }

    @ParameterizedTest(name = "{0} {1}: {2} points, {3}★ → {4}")
    @CsvSource({
            // 1048: the district scores and forwards from 50; it recognises nothing itself.
            "1048, DISTRICT, 49.99, 2, NOT_RECOGNISED",
            "1048, DISTRICT, 50, 3, FORWARDED",
            "1048, DISTRICT, 95, 5, FORWARDED",
            // The province recognises 3–4★ and forwards from 90 to the centre.
            "1048, PROVINCIAL, 49.99, 2, NOT_RECOGNISED",
            "1048, PROVINCIAL, 50, 3, RECOGNISED",
            "1048, PROVINCIAL, 89.99, 4, RECOGNISED",
            "1048, PROVINCIAL, 90, 5, FORWARDED",
            "1048, CENTRAL, 89.99, 4, NOT_RECOGNISED",
            "1048, CENTRAL, 90, 5, RECOGNISED",
            // 148: the district recognises 3★ and forwards from 70; the province 4★, forwarding from 90.
            "148, DISTRICT, 49.99, 2, NOT_RECOGNISED",
            "148, DISTRICT, 50, 3, RECOGNISED",
            "148, DISTRICT, 69.99, 3, RECOGNISED",
            "148, DISTRICT, 70, 4, FORWARDED",
            "148, DISTRICT, 72, 3, RECOGNISED",
            "148, PROVINCIAL, 69.99, 3, NOT_RECOGNISED",
            "148, PROVINCIAL, 70, 4, RECOGNISED",
            "148, PROVINCIAL, 89.99, 4, RECOGNISED",
            "148, PROVINCIAL, 90, 5, FORWARDED",
            "148, PROVINCIAL, 92, 4, RECOGNISED",
            "148, CENTRAL, 90, 5, RECOGNISED",
            // 26/2026: no district; the province recognises 3–4★ and sends ≥ 90 to the ministry.
            "26/2026, PROVINCIAL, 49.99, 2, NOT_RECOGNISED",
            "26/2026, PROVINCIAL, 50, 3, RECOGNISED",
            "26/2026, PROVINCIAL, 89.99, 4, RECOGNISED",
            "26/2026, PROVINCIAL, 90, 5, FORWARDED",
            "26/2026, PROVINCIAL, 91, 4, RECOGNISED",
            "26/2026, CENTRAL, 89.99, 4, NOT_RECOGNISED",
            "26/2026, CENTRAL, 100, 5, RECOGNISED",
    })
    void outcomeAtTheThresholds(String basis, EvaluationLevel level, String mean, int stars, LevelOutcome expected) {
        assertEquals(expected, ProcedureRules.outcome(SEEDED.get(basis).get(level), new BigDecimal(mean), stars));
    }

    @Test
    void anEliminatedProductIsNeitherRecognisedNorForwarded() {
        assertEquals(NOT_RECOGNISED, ProcedureRules.outcome(SEEDED.get("1048").get(PROVINCIAL), new BigDecimal("95"), null));
        assertEquals(NOT_RECOGNISED, ProcedureRules.outcome(SEEDED.get("1048").get(DISTRICT), new BigDecimal("60"), null));
    }

    @Test
    void theCommuneOf2026DoesNotScore() {
        assertThrows(IllegalArgumentException.class,
                () -> ProcedureRules.outcome(SEEDED.get("26/2026").get(COMMUNE), new BigDecimal("80"), 4));
    }

    @Test
    void theSeededProceduresAreWellFormed() {
        SEEDED.values().forEach(levels -> assertEquals(List.of(), ProcedureRules.problems(List.copyOf(levels.values()))));
    }

    @Test
    void malformedProceduresAreRefused() {
        List<Problem.FieldError> errors = ProcedureRules.problems(List.of(
                level(COMMUNE, false, "50", 1, 1),
                level(PROVINCIAL, true, null, 4, 3),
                level(PROVINCIAL, true, null, 3, null),
                level(CENTRAL, true, "90", 5, 5)));
        assertEquals(List.of("levels[0].scores", "levels[1].maxRecognisedStars", "levels[2].level",
                "levels[2].maxRecognisedStars", "levels[3].forwardMinScore"),
                errors.stream().map(Problem.FieldError::field).toList());
        assertEquals(List.of("levels"), ProcedureRules.problems(List.of(level(COMMUNE, false, null, null, null)))
                .stream().map(Problem.FieldError::field).toList());
    }
}
