package vn.ocop.registry.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.adminunit.AdminUnitType.DISTRICT;
import static vn.ocop.registry.adminunit.AdminUnitType.PROVINCE;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocop.registry.adminunit.AdminUnitType;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureLevelView;

/** Who may recognise which stars, under which decision, from which date — on the procedures as seeded in V51. */
class RecognitionPowersTest {
    static final Map<String, RecognitionPowers.Basis> BASES = Map.of(
            "1048", new RecognitionPowers.Basis("1048/QĐ-TTg", LocalDate.of(2019, 8, 21)),
            "148", new RecognitionPowers.Basis("148/QĐ-TTg", LocalDate.of(2023, 2, 24)),
            "26/2026", new RecognitionPowers.Basis("26/2026/QĐ-TTg", LocalDate.of(2026, 7, 21)));

    static List<Problem.FieldError> check(String basis, String level, AdminUnitType unit, String on, Integer... stars) {
        List<ProcedureLevelView> levels = List.copyOf(ProcedureRulesTest.SEEDED.get(basis).values());
        return RecognitionPowers.problems(BASES.get(basis), levels, EvaluationLevel.valueOf(level), unit,
                LocalDate.parse(on), List.of(stars));
    }

    @ParameterizedTest(name = "{0}: {1} {3}★ on {2}")
    @CsvSource({
            "1048, PROVINCIAL, 2019-12-20, 3",
            "1048, PROVINCIAL, 2019-08-21, 4",
            "1048, CENTRAL, 2021-12-15, 5",
            "148, DISTRICT, 2024-06-30, 3",
            "148, PROVINCIAL, 2024-06-30, 4",
            "148, CENTRAL, 2024-06-30, 5",
            "26/2026, PROVINCIAL, 2026-07-21, 3",
            "26/2026, PROVINCIAL, 2026-09-01, 4",
            // Rounds opened under a basis finish under it: a 148 decision after 26/2026 took effect stands.
            "148, PROVINCIAL, 2026-08-15, 4",
    })
    void withinItsPowers(String basis, String level, String on, int stars) {
        AdminUnitType unit = level.equals("DISTRICT") ? DISTRICT : PROVINCE;
        assertEquals(List.of(), check(basis, level, unit, on, stars));
    }

    @ParameterizedTest(name = "{0}: {1} {3}★ on {2} → {4}")
    @CsvSource(delimiter = '|', value = {
            // The district never recognised 5★; under 1048 it recognised nothing at all.
            "148 | DISTRICT | 2024-06-30 | 5 | recognitions[0].stars | the DISTRICT level recognises 3★, not 5★; 5★ is recognised at CENTRAL level",
            "148 | DISTRICT | 2024-06-30 | 4 | recognitions[0].stars | 4★ is recognised at PROVINCIAL level",
            "1048 | DISTRICT | 2019-12-20 | 3 | level | under 1048/QĐ-TTg the DISTRICT level recognises no stars (PROVINCIAL 3–4★, CENTRAL 5★)",
            // 5★ is national.
            "1048 | PROVINCIAL | 2021-12-15 | 5 | recognitions[0].stars | the PROVINCIAL level recognises 3–4★, not 5★; 5★ is recognised at CENTRAL level",
            "26/2026 | PROVINCIAL | 2026-09-01 | 5 | recognitions[0].stars | 5★ is recognised at CENTRAL level",
            "148 | PROVINCIAL | 2024-06-30 | 3 | recognitions[0].stars | 3★ is recognised at DISTRICT level",
            "1048 | CENTRAL | 2021-12-15 | 4 | recognitions[0].stars | the CENTRAL level recognises 5★, not 4★",
            // 26/2026 has no district level.
            "26/2026 | DISTRICT | 2026-09-01 | 3 | level | the procedure of 26/2026/QĐ-TTg has no DISTRICT level",
            // Before the legal basis took effect.
            "1048 | PROVINCIAL | 2019-08-20 | 3 | decidedOn | is before 1048/QĐ-TTg took effect (2019-08-21)",
            "148 | PROVINCIAL | 2022-12-30 | 4 | decidedOn | is before 148/QĐ-TTg took effect (2023-02-24)",
            "26/2026 | PROVINCIAL | 2026-07-20 | 4 | decidedOn | is before 26/2026/QĐ-TTg took effect (2026-07-21)",
    })
    void beyondItsPowers(String basis, String level, String on, int stars, String field, String message) {
        AdminUnitType unit = level.equals("DISTRICT") ? DISTRICT : PROVINCE;
        List<Problem.FieldError> errors = check(basis, level, unit, on, stars);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(field, errors.get(0).field());
        assertTrue(errors.get(0).message().contains(message), errors.get(0).message());
    }

    @ParameterizedTest(name = "{0} decision by a {1}")
    @CsvSource({"PROVINCIAL, CITY", "CENTRAL, DISTRICT", "DISTRICT, PROVINCE"})
    void theDecidingUnitActsAtTheDecisionsLevel(String level, AdminUnitType unit) {
        List<Problem.FieldError> errors = check("148", level, unit, "2024-06-30", level.equals("PROVINCIAL")
                ? 4
                : level.equals("CENTRAL") ? 5 : 3);
        assertEquals(List.of("adminUnitCode"), errors.stream().map(Problem.FieldError::field).toList());
    }

    @ParameterizedTest(name = "each recognition is checked: {0}")
    @CsvSource({"'3,4,5,4', 'recognitions[2].stars'", "'5,3,5', 'recognitions[0].stars,recognitions[2].stars'"})
    void everyRecognitionIsNamed(String stars, String fields) {
        Integer[] s = Arrays.stream(stars.split(",")).map(Integer::valueOf).toArray(Integer[]::new);
        List<Problem.FieldError> errors = check("1048", "PROVINCIAL", PROVINCE, "2019-12-20", s);
        assertEquals(List.of(fields.split(",")), errors.stream().map(Problem.FieldError::field).toList());
    }
}
