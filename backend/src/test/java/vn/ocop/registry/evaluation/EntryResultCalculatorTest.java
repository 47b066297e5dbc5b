package vn.ocop.registry.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ocop.registry.evaluation.EntryResultCalculator.Council;
import vn.ocop.registry.evaluation.EntryResultCalculator.Result;
import vn.ocop.registry.evaluation.EntryResultCalculator.Scores;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureLevelView;
import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricOptionView;
import vn.ocop.registry.rubric.RubricDtos.StarBand;
import vn.ocop.registry.rubric.StarRating;

/** The close-of-round rules: mean, quorum, spread, star band and gate, elimination and the procedure's outcome. */
class EntryResultCalculatorTest {
    private static final StarRating BANDS = new StarRating(List.of(band(1, "0", "30"), band(2, "30", "50"),
            band(3, "50", "70"), band(4, "70", "90"), band(5, "90", null)));
    private static final BigDecimal TEN = BigDecimal.TEN;

    /** The levels as seeded for each legal basis (V51). */
    private static final Map<String, ProcedureLevelView> LEVELS = Map.of(
            "1048_DISTRICT", level(EvaluationLevel.DISTRICT, "50", null, null),
            "1048_PROVINCIAL", level(EvaluationLevel.PROVINCIAL, "90", 3, 4),
            "1048_CENTRAL", level(EvaluationLevel.CENTRAL, null, 5, 5),
            "148_DISTRICT", level(EvaluationLevel.DISTRICT, "70", 3, 3),
            "148_PROVINCIAL", level(EvaluationLevel.PROVINCIAL, "90", 4, 4),
            "2026_PROVINCIAL", level(EvaluationLevel.PROVINCIAL, "90", 3, 4));

    private static StarBand band(int stars, String min, String max) {
        return new StarBand(stars, new BigDecimal(min), max == null ? null : new BigDecimal(max));
    }

    private static ProcedureLevelView level(EvaluationLevel level, String forward, Integer min, Integer max) {
        return new ProcedureLevelView(level, false, false, true, forward == null ? null : new BigDecimal(forward), min, max,
                null);
    }

    /** 100 sheets whose totals add up to mean × 100, so that the mean is exactly the given two-decimal score. */
    private static Scores scoresWithMean(String mean) {
        long sum = new BigDecimal(mean).movePointRight(2).longValueExact();
        return new Scores(100, true, sum, (int) (sum / 100), (int) (sum / 100) + 1, Map.of());
    }

    private static Council council(int members) {
        return new Council(members, true, 75, TEN);
    }

    private static Result outcome(String levelKey, String mean) {
        return EntryResultCalculator.scored(LEVELS.get(levelKey), BANDS, List.of(), council(100), scoresWithMean(mean),
                List.of());
    }

    @ParameterizedTest(name = "{0} at {1}: {2}★ {3}")
    @CsvSource({
            // 1048: the district forwards from 50 points and recognises nothing itself
            "1048_DISTRICT, 29.99, 1, NOT_RECOGNISED", "1048_DISTRICT, 30, 2, NOT_RECOGNISED",
            "1048_DISTRICT, 49.99, 2, NOT_RECOGNISED", "1048_DISTRICT, 50, 3, FORWARDED",
            "1048_DISTRICT, 69.99, 3, FORWARDED", "1048_DISTRICT, 70, 4, FORWARDED",
            "1048_DISTRICT, 89.99, 4, FORWARDED", "1048_DISTRICT, 90, 5, FORWARDED",
            // 1048: the province recognises 3–4★ and forwards from 90
            "1048_PROVINCIAL, 29.99, 1, NOT_RECOGNISED", "1048_PROVINCIAL, 30, 2, NOT_RECOGNISED",
            "1048_PROVINCIAL, 49.99, 2, NOT_RECOGNISED", "1048_PROVINCIAL, 50, 3, RECOGNISED",
            "1048_PROVINCIAL, 69.99, 3, RECOGNISED", "1048_PROVINCIAL, 70, 4, RECOGNISED",
            "1048_PROVINCIAL, 89.99, 4, RECOGNISED", "1048_PROVINCIAL, 90, 5, FORWARDED",
            // the centre recognises 5★ only
            "1048_CENTRAL, 89.99, 4, NOT_RECOGNISED", "1048_CENTRAL, 90, 5, RECOGNISED",
            // 148: the district recognises 3★ and forwards from 70
            "148_DISTRICT, 29.99, 1, NOT_RECOGNISED", "148_DISTRICT, 30, 2, NOT_RECOGNISED",
            "148_DISTRICT, 49.99, 2, NOT_RECOGNISED", "148_DISTRICT, 50, 3, RECOGNISED",
            "148_DISTRICT, 69.99, 3, RECOGNISED", "148_DISTRICT, 70, 4, FORWARDED",
            "148_DISTRICT, 89.99, 4, FORWARDED", "148_DISTRICT, 90, 5, FORWARDED",
            // 148: the province recognises 4★ and forwards from 90
            "148_PROVINCIAL, 29.99, 1, NOT_RECOGNISED", "148_PROVINCIAL, 30, 2, NOT_RECOGNISED",
            "148_PROVINCIAL, 49.99, 2, NOT_RECOGNISED", "148_PROVINCIAL, 50, 3, NOT_RECOGNISED",
            "148_PROVINCIAL, 69.99, 3, NOT_RECOGNISED", "148_PROVINCIAL, 70, 4, RECOGNISED",
            "148_PROVINCIAL, 89.99, 4, RECOGNISED", "148_PROVINCIAL, 90, 5, FORWARDED",
            // 26/2026: the province recognises 3–4★ and sends from 90 to the ministry
            "2026_PROVINCIAL, 29.99, 1, NOT_RECOGNISED", "2026_PROVINCIAL, 30, 2, NOT_RECOGNISED",
            "2026_PROVINCIAL, 49.99, 2, NOT_RECOGNISED", "2026_PROVINCIAL, 50, 3, RECOGNISED",
            "2026_PROVINCIAL, 69.99, 3, RECOGNISED", "2026_PROVINCIAL, 70, 4, RECOGNISED",
            "2026_PROVINCIAL, 89.99, 4, RECOGNISED", "2026_PROVINCIAL, 90, 5, FORWARDED",
    })
    void outcomeFollowsTheProcedureOfEachLegalBasis(String level, String mean, int stars, EntryOutcome expected) {
        Result r = outcome(level, mean);
        assertEquals(new BigDecimal(mean).setScale(2), r.mean());
        assertEquals(stars, r.stars());
        assertEquals(expected, r.outcome());
    }

    @Test
    void theMeanHasTwoDecimalsRoundedHalfUp() {
        assertEquals(new BigDecimal("70.33"), EntryResultCalculator.mean(211, 3));
        assertEquals(new BigDecimal("69.67"), EntryResultCalculator.mean(209, 3));
        assertEquals(new BigDecimal("0.13"), EntryResultCalculator.mean(1, 8));
        assertEquals(new BigDecimal("72.00"), EntryResultCalculator.mean(216, 3));
    }

    @Test
    void aMeanRoundedUpToABandLimitTakesThatBand() {
        // 69.995 rounds to 70.00: the published mean is what the band reads
        Scores scores = new Scores(200, true, 13_999, 69, 70, Map.of());
        Result r = EntryResultCalculator.scored(LEVELS.get("148_DISTRICT"), BANDS, List.of(), council(200), scores,
                List.of());
        assertEquals(new BigDecimal("70.00"), r.mean());
        assertEquals(4, r.stars());
    }

    @Test
    void quorumIsSeventyFivePercentOfEligibleMembersWithTheChair() {
        Scores threeWithChair = new Scores(3, true, 210, 70, 70, Map.of());
        assertTrue(EntryResultCalculator.quorumMet(council(4), threeWithChair), "3 of 4 is exactly 75%");
        assertFalse(EntryResultCalculator.quorumMet(council(5), threeWithChair), "3 of 5 is 60%");
        assertFalse(EntryResultCalculator.quorumMet(council(3), new Scores(2, true, 140, 70, 70, Map.of())),
                "2 of 3 is 66.7%");
        assertTrue(EntryResultCalculator.quorumMet(council(3), threeWithChair));
    }

    @Test
    void withoutTheChairThereIsNoQuorum() {
        Scores allButChair = new Scores(4, false, 280, 70, 70, Map.of());
        assertFalse(EntryResultCalculator.quorumMet(council(4), allButChair));
        Result r = EntryResultCalculator.scored(LEVELS.get("1048_DISTRICT"), BANDS, List.of(), council(4), allButChair,
                List.of());
        assertEquals(EntryOutcome.NO_QUORUM, r.outcome());
        assertNull(r.stars());
        assertEquals(new BigDecimal("70.00"), r.mean());
    }

    @Test
    void aChairWhoRecusedIsNotRequired() {
        Council chairRecused = new Council(3, false, 75, TEN);
        assertTrue(EntryResultCalculator.quorumMet(chairRecused, new Scores(3, false, 210, 70, 70, Map.of())));
    }

    @Test
    void noEligibleMemberOrNoSheetMeansNoQuorum() {
        assertFalse(EntryResultCalculator.quorumMet(new Council(0, false, 75, TEN), Scores.none()));
        Result r = EntryResultCalculator.scored(LEVELS.get("1048_DISTRICT"), BANDS, List.of(), council(3), Scores.none(),
                List.of());
        assertEquals(EntryOutcome.NO_QUORUM, r.outcome());
        assertNull(r.mean());
        assertFalse(r.spreadFlag());
    }

    @Test
    void spreadIsFlaggedAboveTheLimitOnly() {
        assertFalse(EntryResultCalculator.spreadExceeds(new BigDecimal("10"), TEN));
        assertTrue(EntryResultCalculator.spreadExceeds(new BigDecimal("10.01"), TEN));
        Result exactlyTen = EntryResultCalculator.scored(LEVELS.get("1048_DISTRICT"), BANDS, List.of(), council(3),
                new Scores(3, true, 225, 70, 80, Map.of()), List.of());
        assertFalse(exactlyTen.spreadFlag());
        Result eleven = EntryResultCalculator.scored(LEVELS.get("1048_DISTRICT"), BANDS, List.of(), council(3),
                new Scores(3, true, 226, 70, 81, Map.of()), List.of());
        assertTrue(eleven.spreadFlag());
        assertEquals(EntryOutcome.FORWARDED, eleven.outcome(), "the flag asks for discussion; it decides nothing");
    }

    @Test
    void theStarMinimumsApplyToTheCriterionMeans() {
        // A 148 criterion that must reach 3 points for 4★; the council's mean on it is 2.67
        RubricCriterionView packaging = new RubricCriterionView(7L, "A2.2", null, null, null, "Đóng gói", 3, Map.of(4, 3),
                List.of(),
                List.of(new RubricOptionView(70L, "Tốt", 3, 4, null, null)));
        Scores scores = new Scores(3, true, 225, 74, 76, Map.of(7L, 8L));
        Result r = EntryResultCalculator.scored(LEVELS.get("148_DISTRICT"), BANDS, List.of(packaging), council(3), scores,
                List.of());
        assertEquals(4, r.bandStars());
        assertEquals(3, r.stars());
        assertEquals(new BigDecimal("2.67"), r.shortfalls().get(0).points());
        assertEquals(EntryOutcome.RECOGNISED, r.outcome(), "held at 3★, the district recognises it instead of forwarding");
        Result met = EntryResultCalculator.scored(LEVELS.get("148_DISTRICT"), BANDS, List.of(packaging), council(3),
                new Scores(3, true, 225, 74, 76, Map.of(7L, 9L)), List.of());
        assertEquals(4, met.stars());
        assertEquals(EntryOutcome.FORWARDED, met.outcome());
    }

    @Test
    void anEliminatedProductIsNotRankedWhateverItsScore() {
        Result r = EntryResultCalculator.scored(LEVELS.get("1048_DISTRICT"), BANDS, List.of(), council(3),
                new Scores(3, true, 270, 90, 90, Map.of()), List.of(12L));
        assertEquals(5, r.bandStars());
        assertNull(r.stars());
        assertEquals(List.of(12L), r.eliminatedBy());
        assertEquals(EntryOutcome.NOT_RECOGNISED, r.outcome());
    }

    @Test
    void oneAndTwoStarsAreNeverRecognisedEvenIfALevelWereConfiguredSo() {
        ProcedureLevelView generous = new ProcedureLevelView(EvaluationLevel.PROVINCIAL, false, false, true, null, 1, 4, null);
        Result r = EntryResultCalculator.scored(generous, BANDS, List.of(), council(3),
                new Scores(3, true, 120, 40, 40, Map.of()), List.of());
        assertEquals(2, r.stars());
        assertEquals(EntryOutcome.NOT_RECOGNISED, r.outcome());
    }

    @Test
    void aPassedDossierGoesUpAndAFailedOneStops() {
        assertEquals(EntryOutcome.FORWARDED, EntryResultCalculator.dossierChecked(DossierStatus.PASSED).outcome());
        assertEquals(EntryOutcome.NOT_RECOGNISED, EntryResultCalculator.dossierChecked(DossierStatus.FAILED).outcome());
    }
}
