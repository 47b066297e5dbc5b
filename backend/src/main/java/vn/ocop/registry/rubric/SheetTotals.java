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
 * The total of one filled-in sheet from the chosen option ids: one option per criterion (so within 1048's
 * criterion 3.2 only options of one case), each counting its points.
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
     * @param points     criterion id → points of its chosen option
     * @param unanswered codes of criteria without a chosen option (a complete sheet has none)
     */
    public record Result(int total, Map<String, Integer> parts, Map<Long, Integer> points, List<String> unanswered) {
    }

    /** @throws InvalidChoice for unknown or repeated options, two options of one criterion, or options without points */
    public static Result compute(List<RubricSheetPartView> sheet, Collection<Long> optionIds) {
        Map<Long, RubricOptionView> chosen = chosen(sheet, optionIds);
        Map<String, Integer> parts = new LinkedHashMap<>();
        Map<Long, Integer> points = new LinkedHashMap<>();
        List<String> unanswered = new ArrayList<>();
        int total = 0;
        for (RubricSheetPartView p : sheet) {
            int partPoints = 0;
            for (RubricCriterionView c : p.criteria()) {
                RubricOptionView o = chosen.get(c.id());
                if (o == null) {
                    unanswered.add(c.code());
                } else {
                    points.put(c.id(), o.points());
                    partPoints += o.points();
                }
            }
            parts.put(p.code(), partPoints);
            total += partPoints;
        }
        return new Result(total, parts, points, unanswered);
    }

    /** The option chosen for each criterion, by criterion id; InvalidChoice listing every choice that cannot stand. */
    private static Map<Long, RubricOptionView> chosen(List<RubricSheetPartView> sheet, Collection<Long> optionIds) {
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
        Map<Long, RubricOptionView> chosen = new HashMap<>();
        for (Long id : optionIds) {
            RubricCriterionView c = criterionOf.get(id);
            if (!seen.add(id)) {
                problems.add("option " + id + " is chosen twice");
            } else if (c == null) {
                problems.add("option " + id + " is not on this sheet");
            } else if (chosen.containsKey(c.id())) {
                RubricOptionView first = chosen.get(c.id());
                RubricOptionView second = optionById.get(id);
                problems.add(Objects.equals(first.caseLabel(), second.caseLabel())
                        ? c.code() + ": choose one option, not several"
                        : c.code() + ": options of two cases are chosen; score within the one case that applies");
            } else if (optionById.get(id).points() == null) {
                problems.add(c.code() + ": option " + id + " has no points in the source and cannot be scored");
                chosen.put(c.id(), optionById.get(id));
            } else {
                chosen.put(c.id(), optionById.get(id));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidChoice(problems);
        }
        return chosen;
    }
}
