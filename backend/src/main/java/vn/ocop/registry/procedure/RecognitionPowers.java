package vn.ocop.registry.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.ocop.registry.adminunit.AdminUnitType;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureLevelView;

/**
 * Whether a recognition decision lies within the powers its legal basis gives its level, from the procedure data:
 * the decision is dated on or after the basis took effect, its level recognises stars in that procedure, every
 * recognised star level is in that level's range (1048: the province 3–4★, the centre 5★, the district none; 148:
 * the district 3★, the province 4★, the centre 5★), and the deciding unit acts at that level. A decision dated
 * after its basis was replaced stays possible: rounds opened under a basis finish under it.
 */
public final class RecognitionPowers {
    private RecognitionPowers() {
    }

    /** The legal basis a decision is made under. */
    public record Basis(String decisionNumber, LocalDate effectiveFrom) {
    }

    /**
     * @param levels the levels of the basis's procedure
     * @param stars the star level of each recognition, in request order
     * @return field errors naming {@code decidedOn}, {@code level}, {@code adminUnitCode} and
     *         {@code recognitions[i].stars}; empty when the decision is within the level's powers
     */
    public static List<Problem.FieldError> problems(Basis basis, List<ProcedureLevelView> levels, EvaluationLevel level,
            AdminUnitType unitType, LocalDate decidedOn, List<Integer> stars) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (decidedOn.isBefore(basis.effectiveFrom())) {
            errors.add(new Problem.FieldError("decidedOn", "is before " + basis.decisionNumber() + " took effect ("
                    + basis.effectiveFrom() + "); record it under the legal basis in force on that day"));
        }
        if (!level.heldBy(unitType)) {
            errors.add(new Problem.FieldError("adminUnitCode", "a " + unitType + " does not decide at " + level
                    + " level"));
        }
        ProcedureLevelView rules = levels.stream().filter(l -> l.level() == level).findFirst().orElse(null);
        if (rules == null || rules.minRecognisedStars() == null) {
            errors.add(new Problem.FieldError("level", rules == null
                    ? "the procedure of " + basis.decisionNumber() + " has no " + level + " level"
                    : "under " + basis.decisionNumber() + " the " + level + " level recognises no stars ("
                            + recognising(levels) + ")"));
            return errors;
        }
        for (int i = 0; i < stars.size(); i++) {
            int s = stars.get(i);
            if (s < rules.minRecognisedStars() || s > rules.maxRecognisedStars()) {
                errors.add(new Problem.FieldError("recognitions[" + i + "].stars", "under " + basis.decisionNumber()
                        + " the " + level + " level recognises " + range(rules) + ", not " + s + "★"
                        + recognisedAt(levels, s)));
            }
        }
        return errors;
    }

    /** Which levels of the procedure recognise stars: "PROVINCIAL 3–4★, CENTRAL 5★". */
    private static String recognising(List<ProcedureLevelView> levels) {
        return String.join(", ", levels.stream().filter(l -> l.minRecognisedStars() != null)
                .sorted(Comparator.comparing(ProcedureLevelView::minRecognisedStars))
                .map(l -> l.level() + " " + range(l)).toList());
    }

    /** "; 5★ is recognised at CENTRAL level", or nothing when no level of the procedure recognises them. */
    private static String recognisedAt(List<ProcedureLevelView> levels, int stars) {
        return levels.stream().filter(l -> l.minRecognisedStars() != null && stars >= l.minRecognisedStars()
                && stars <= l.maxRecognisedStars()).findFirst()
                .map(l -> "; " + stars + "★ is recognised at " + l.level() + " level").orElse("");
    }

    private static String range(ProcedureLevelView l) {
        return l.minRecognisedStars().equals(l.maxRecognisedStars())
                ? l.minRecognisedStars() + "★"
                : l.minRecognisedStars() + "–" + l.maxRecognisedStars() + "★";
    }
}
