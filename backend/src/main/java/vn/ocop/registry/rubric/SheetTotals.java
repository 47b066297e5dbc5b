package vn.ocop.registry.rubric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricOptionView;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;

/**
 * The total of one filled-in sheet from the chosen option ids: one option per criterion (so within a criterion with
 * alternative scales, 1048's 3.2 or the tourism sheets' 8, 9, 15, only options of the one case that applies), each
 * counting its points; a SUM_OF_SELECTED criterion takes any of its options and adds them up (none: 0).
 */
public final class SheetTotals {
    private SheetTotals() {
    }

    /** Choices that contradict the sheet; each problem names the option or criterion. */
    public static final class InvalidChoice extends IllegalArgumentException {
        private final List<String> problems;

        InvalidChoice(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * @param parts      part code → points, in sheet order
     * @param points     criterion id → points of its chosen option (the sum of those ticked, for SUM_OF_SELECTED)
     * @param unanswered codes of criteria without a chosen option (a complete sheet has none)
     */
    public record Result(int total, Map<String, Integer> parts, Map<Long, Integer> points, List<String> unanswered) {
    }

    /**
     * @throws InvalidChoice for unknown or repeated options, two options of a one-option criterion (or of two cases),
     *                       or options without points
     */
    public static Result compute(List<RubricSheetPartView> sheet, Collection<Long> optionIds) {
        Map<Long, List<RubricOptionView>> chosen = chosen(sheet, optionIds);
        Map<String, Integer> parts = new LinkedHashMap<>();
        Map<Long, Integer> points = new LinkedHashMap<>();
        List<String> unanswered = new ArrayList<>();
        int total = 0;
        for (RubricSheetPartView p : sheet) {
            int partPoints = 0;
            for (RubricCriterionView c : p.criteria()) {
                List<RubricOptionView> options = chosen.get(c.id());
                if (options == null && c.scoringRule() == ScoringRule.SUM_OF_SELECTED) {
                    // Nothing ticked is an answer: none of the contents is there, 0 points.
                    points.put(c.id(), 0);
                } else if (options == null) {
                    unanswered.add(c.code());
                } else {
                    int sum = options.stream().mapToInt(RubricOptionView::points).sum();
                    points.put(c.id(), sum);
                    partPoints += sum;
                }
            }
            parts.put(p.code(), partPoints);
            total += partPoints;
        }
        return new Result(total, parts, points, unanswered);
    }

    /** The options chosen for each criterion, by criterion id; InvalidChoice listing every choice that cannot stand. */
    private static Map<Long, List<RubricOptionView>> chosen(List<RubricSheetPartView> sheet, Collection<Long> optionIds) {
        Map<Long, RubricCriterionView> criterionOf = new HashMap<>();
        Map<Long, RubricOptionView> optionById = new HashMap<>();
        for (RubricSheetPartView p : sheet) {
            for (RubricCriterionView c : p.criteria()) {
                for (RubricOptionView o : c.options()) {
                    criterionOf.put(o.id(), c);
                    optionById.put(o.id(), o);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Map<Long, List<RubricOptionView>> chosen = new HashMap<>();
        for (Long id : optionIds) {
            RubricCriterionView c = criterionOf.get(id);
            if (!seen.add(id)) {
                problems.add("option " + id + " is chosen twice");
                continue;
            } else if (c == null) {
                problems.add("option " + id + " is not on this sheet");
                continue;
            }
            RubricOptionView option = optionById.get(id);
            List<RubricOptionView> already = chosen.computeIfAbsent(c.id(), k -> new ArrayList<>());
            if (!already.isEmpty() && c.scoringRule() != ScoringRule.SUM_OF_SELECTED) {
                RubricOptionView first = already.get(0);
                problems.add(Objects.equals(first.caseLabel(), option.caseLabel())
                        ? c.code() + ": choose one option, not several"
                        : c.code() + ": options of two cases are chosen; score within the one case that applies");
            } else if (option.points() == null) {
                problems.add(c.code() + ": option " + id + " has no points in the source and cannot be scored");
            } else {
                already.add(option);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidChoice(problems);
        }
        chosen.values().removeIf(List::isEmpty);
        return chosen;
    }
}
