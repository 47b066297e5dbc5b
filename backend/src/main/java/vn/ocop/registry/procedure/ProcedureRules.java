package vn.ocop.registry.procedure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureLevelView;

/**
 * What a level does with a scored product, from the procedure's data: it forwards a product whose mean
 * reaches its threshold and whose stars exceed what it may recognise (1048: district ≥ 50 to the province;
 * the province ≥ 90 to the centre), recognises stars within its range, and otherwise does not recognise it.
 * A product held back by a star minimum is thus recognised where its stars belong rather than forwarded.
 */
public final class ProcedureRules {
    private ProcedureRules() {
    }

    /**
     * @param stars the product's stars after the star minimums; null when it was eliminated
     * @throws IllegalArgumentException for a level that does not score
     */
    public static LevelOutcome outcome(ProcedureLevelView level, BigDecimal mean, Integer stars) {
        if (!level.scores()) {
            throw new IllegalArgumentException(level.level() + " does not score products");
        }
        if (stars == null) {
            return LevelOutcome.NOT_RECOGNISED;
        }
        boolean aboveRange = level.maxRecognisedStars() == null || stars > level.maxRecognisedStars();
        if (level.forwardMinScore() != null && mean.compareTo(level.forwardMinScore()) >= 0 && aboveRange) {
            return LevelOutcome.FORWARDED;
        }
        boolean inRange = level.minRecognisedStars() != null && stars >= level.minRecognisedStars()
                && stars <= level.maxRecognisedStars();
        return inRange ? LevelOutcome.RECOGNISED : LevelOutcome.NOT_RECOGNISED;
    }

    /** Why a list of levels is not a usable procedure; empty when it is. */
    public static List<Problem.FieldError> problems(List<ProcedureLevelView> levels) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<EvaluationLevel> seen = EnumSet.noneOf(EvaluationLevel.class);
        EvaluationLevel top = levels.stream().map(ProcedureLevelView::level).max(Enum::compareTo).orElseThrow();
        for (int i = 0; i < levels.size(); i++) {
            ProcedureLevelView l = levels.get(i);
            String field = "levels[" + i + "]";
            if (!seen.add(l.level())) {
                errors.add(new Problem.FieldError(field + ".level", "appears twice"));
            }
            if ((l.minRecognisedStars() == null) != (l.maxRecognisedStars() == null)) {
                errors.add(new Problem.FieldError(field + ".maxRecognisedStars", "give both star bounds or neither"));
            } else if (l.minRecognisedStars() != null && l.minRecognisedStars() > l.maxRecognisedStars()) {
                errors.add(new Problem.FieldError(field + ".maxRecognisedStars", "must not be below minRecognisedStars"));
            }
            if (!l.scores() && (l.forwardMinScore() != null || l.minRecognisedStars() != null)) {
                errors.add(new Problem.FieldError(field + ".scores", "a level that does not score can neither "
                        + "recognise stars nor forward by score"));
            }
            if (l.forwardMinScore() != null && l.level() == top) {
                errors.add(new Problem.FieldError(field + ".forwardMinScore", "the highest level has nowhere to forward to"));
            }
        }
        if (levels.stream().noneMatch(ProcedureLevelView::scores)) {
            errors.add(new Problem.FieldError("levels", "at least one level must score products"));
        }
        return errors;
    }
}
