package vn.ocop.registry.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.ocop.registry.procedure.ProcedureDtos.ProcedureLevelView;
import vn.ocop.registry.procedure.ProcedureRules;
import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.StarMinimums;
import vn.ocop.registry.rubric.StarRating;

/**
 * The result of one entry when its round closes, from the council's submitted sheets (already aggregated in
 * SQL): the mean (two decimals, half up), the quorum, the spread flag, the star band, the star-minimum gate on
 * the per-criterion means, 1048 elimination and the procedure's outcome for the round's level. Pure: the
 * service gathers the numbers, this class applies the rules.
 */
public final class EntryResultCalculator {
    /** 1★ and 2★ products are never recognised, whatever a level is configured to do. */
    static final int MIN_CERTIFIED_STARS = 3;

    private EntryResultCalculator() {
    }

    /**
     * The council as it stands for one entry.
     *
     * @param eligibleMembers members who did not recuse themselves from the entry
     * @param chairEligible   false when the chair recused: the chair's presence then cannot be required
     */
    public record Council(int eligibleMembers, boolean chairEligible, int quorumPercent, BigDecimal spreadLimit) {
    }

    /**
     * The submitted sheets of eligible members for one entry.
     *
     * @param criterionSums criterion id → sum of the points the submitted sheets gave it
     */
    public record Scores(int submitted, boolean chairSubmitted, long sumOfTotals, Integer minTotal, Integer maxTotal,
            Map<Long, Long> criterionSums) {

        public static Scores none() {
            return new Scores(0, false, 0, null, null, Map.of());
        }
    }

    public record Result(int eligibleMembers, int submitted, boolean chairSubmitted, boolean quorumMet, BigDecimal mean,
            Integer minTotal, Integer maxTotal, boolean spreadFlag, Integer bandStars, Integer stars,
            List<StarMinimums.StarShortfall> shortfalls, List<Long> eliminatedBy, EntryOutcome outcome) {
    }

    /** The result of a scored entry at a level that scores. */
    public static Result scored(ProcedureLevelView level, StarRating rating, List<RubricCriterionView> criteria,
            Council council, Scores scores,
            List<Long> eliminatedBy) {
        boolean quorum = quorumMet(council, scores);
        BigDecimal mean = scores.submitted() == 0 ? null : mean(scores.sumOfTotals(), scores.submitted());
        boolean spread = scores.submitted() > 0
                && spreadExceeds(BigDecimal.valueOf(scores.maxTotal() - scores.minTotal()), council.spreadLimit());
        if (!quorum || mean == null) {
            return new Result(council.eligibleMembers(), scores.submitted(), scores.chairSubmitted(), false, mean,
                    scores.minTotal(), scores.maxTotal(), spread, null, null, List.of(), eliminatedBy,
                    EntryOutcome.NO_QUORUM);
        }
        int bandStars = rating.starsFor(mean);
        Map<Long, BigDecimal> criterionMeans = new HashMap<>();
        scores.criterionSums().forEach((criterion, sum) -> criterionMeans.put(criterion, mean(sum, scores.submitted())));
        StarMinimums.Result gate = StarMinimums.cap(bandStars, criteria, criterionMeans);
        Integer stars = eliminatedBy.isEmpty() ? gate.stars() : null;
        EntryOutcome outcome = EntryOutcome.of(ProcedureRules.outcome(level, mean, stars));
        if (outcome == EntryOutcome.RECOGNISED && stars < MIN_CERTIFIED_STARS) {
            outcome = EntryOutcome.NOT_RECOGNISED;
        }
        return new Result(council.eligibleMembers(), scores.submitted(), scores.chairSubmitted(), true, mean,
                scores.minTotal(), scores.maxTotal(), spread, bandStars, stars, gate.shortfalls(), eliminatedBy, outcome);
    }

    /** The result at a level that only checks dossiers (the 26/2026 commune): a passed dossier goes up. */
    public static Result dossierChecked(DossierStatus status) {
        return new Result(0, 0, false, true, null, null, null, false, null, null, List.of(), List.of(),
                status == DossierStatus.PASSED ? EntryOutcome.FORWARDED : EntryOutcome.NOT_RECOGNISED);
    }

    /**
     * At least {@code quorumPercent} of the eligible members submitted, and so did the chair (unless the chair
     * recused from this entry, when the council sits under its deputy).
     */
    public static boolean quorumMet(Council council, Scores scores) {
        if (council.eligibleMembers() == 0) {
            return false;
        }
        boolean enough = scores.submitted() * 100L >= (long) council.quorumPercent() * council.eligibleMembers();
        return enough && (scores.chairSubmitted() || !council.chairEligible());
    }

    /** The mean with two decimals, half up (69.995 → 70.00). */
    public static BigDecimal mean(long sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** Members' totals differ (max − min) by more than the limit: the council should discuss the entry again. */
    public static boolean spreadExceeds(BigDecimal spread, BigDecimal limit) {
        return spread.compareTo(limit) > 0;
    }
}
