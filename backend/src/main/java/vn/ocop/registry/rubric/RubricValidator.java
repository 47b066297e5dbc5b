package vn.ocop.registry.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricFindingView;
import vn.ocop.registry.rubric.RubricDtos.RubricOptionView;
import vn.ocop.registry.rubric.RubricDtos.RubricPartTotal;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;
import vn.ocop.registry.rubric.RubricDtos.StarBand;

/**
 * Checks a rubric the way the official sheets must add up, and reports instead of repairing: the part
 * totals sum to 100, the star bands cover 0–100 without gaps or overlaps, each criterion's maximum is its
 * best option, each part's best options sum to the official part total. A source anomaly (148 sheet 7
 * sums to 99) thus becomes a finding on an imported sheet and blocks publishing a draft.
 */
public final class RubricValidator {
    static final BigDecimal FULL_SCORE = BigDecimal.valueOf(100);
    static final String VERSION = "version";
    static final String BANDS = "starBands";

    private RubricValidator() {
    }

    /** Findings about the version itself: part totals and star bands; an empty version cannot be published. */
    public static List<RubricFindingView> validateVersion(List<RubricPartTotal> parts, List<StarBand> bands, long sheetCount) {
        List<RubricFindingView> findings = new ArrayList<>();
        int sum = parts.stream().mapToInt(RubricPartTotal::maxPoints).sum();
        if (sum != 100) {
            findings.add(
                    RubricFindingView.error("PARTS_TOTAL", VERSION, "the official part totals sum to " + sum + ", not 100"));
        }
        findings.addAll(validateBands(bands));
        if (sheetCount == 0) {
            findings.add(RubricFindingView.error("NO_SHEETS", VERSION, "the version has no score sheet"));
        }
        return findings;
    }

    static List<RubricFindingView> validateBands(List<StarBand> bands) {
        List<RubricFindingView> findings = new ArrayList<>();
        if (bands.isEmpty()) {
            findings.add(RubricFindingView.error("BANDS", BANDS, "no star bands"));
            return findings;
        }
        List<StarBand> sorted = bands.stream().sorted(Comparator.comparing(StarBand::minScore)).toList();
        BigDecimal covered = BigDecimal.ZERO;
        StarBand previous = null;
        for (StarBand b : sorted) {
            String name = b.stars() + "★";
            if (b.maxScoreExclusive() != null && b.maxScoreExclusive().compareTo(b.minScore()) <= 0) {
                findings.add(RubricFindingView.error("BANDS", BANDS, name + " is empty: " + plain(b.minScore()) + " ≤ s < "
                        + plain(b.maxScoreExclusive())));
            }
            if (covered == null) {
                findings.add(RubricFindingView.error("BANDS", BANDS,
                        name + " overlaps " + previous.stars() + "★, which reaches 100"));
            } else if (b.minScore().compareTo(covered) > 0) {
                findings.add(
                        RubricFindingView.error("BANDS", BANDS,
                                "no band covers " + plain(covered) + " ≤ s < " + plain(b.minScore())));
            } else if (b.minScore().compareTo(covered) < 0) {
                findings.add(RubricFindingView.error("BANDS", BANDS, name + " overlaps " + previous.stars() + "★ between "
                        + plain(b.minScore()) + " and " + plain(covered)));
            }
            if (previous != null && b.stars() <= previous.stars()) {
                findings.add(RubricFindingView.error("BANDS", BANDS, "stars must rise with the score: " + name + " starts at "
                        + plain(b.minScore()) + ", above " + previous.stars() + "★"));
            }
            if (covered != null && b.maxScoreExclusive() != null && b.maxScoreExclusive().compareTo(covered) > 0) {
                covered = b.maxScoreExclusive();
            } else if (b.maxScoreExclusive() == null) {
                covered = null;
            }
            previous = b;
        }
        if (covered != null) {
            findings.add(RubricFindingView.error("BANDS", BANDS, "no band covers " + plain(covered) + " ≤ s ≤ 100"));
        }
        return findings;
    }

    /** Findings about one sheet against the version's official part totals. */
    public static List<RubricFindingView> validateSheet(List<RubricPartTotal> official, List<RubricSheetPartView> parts) {
        List<RubricFindingView> findings = new ArrayList<>();
        Map<String, RubricSheetPartView> byCode = parts.stream()
                .collect(Collectors.toMap(RubricSheetPartView::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (RubricPartTotal o : official) {
            if (!byCode.containsKey(o.code())) {
                findings.add(RubricFindingView.error("PART_MISSING", o.code(), "part " + o.code() + " (" + o.maxPoints()
                        + " points) is missing from the sheet"));
            }
        }
        Map<String, Integer> officialMax = official.stream()
                .collect(Collectors.toMap(RubricPartTotal::code, RubricPartTotal::maxPoints));
        int total = 0;
        for (RubricSheetPartView p : parts) {
            Integer expected = officialMax.get(p.code());
            if (expected == null) {
                findings.add(RubricFindingView.error("PART_UNKNOWN", p.code(),
                        "part " + p.code() + " is not a part of this version"));
            } else {
                if (p.maxPoints() != expected) {
                    findings.add(RubricFindingView.error("PART_DECLARED", p.code(), "part " + p.code() + ": the sheet declares "
                            + p.maxPoints() + " points, official total " + expected));
                }
                if (p.bestTotal() != expected) {
                    findings.add(RubricFindingView.error("PART_TOTAL", p.code(), "part " + p.code() + ": best options sum to "
                            + p.bestTotal() + ", official total " + expected));
                }
            }
            total += p.bestTotal();
            validateGroups(p, findings);
            validateSubgroups(p, findings);
            for (RubricCriterionView c : p.criteria()) {
                validateCriterion(c, findings);
            }
        }
        if (total != 100) {
            findings.add(RubricFindingView.error("SHEET_TOTAL", "sheet", "best options sum to " + total + ", not 100"));
        }
        return findings;
    }

    private static void validateGroups(RubricSheetPartView p, List<RubricFindingView> findings) {
        Map<String, List<RubricCriterionView>> groups = p.criteria().stream().filter(c -> c.group() != null)
                .collect(Collectors.groupingBy(RubricCriterionView::group, LinkedHashMap::new, Collectors.toList()));
        groups.forEach((group, criteria) -> {
            int best = criteria.stream().mapToInt(RubricCriterionView::bestPoints).sum();
            criteria.stream().map(RubricCriterionView::groupMaxPoints).filter(Objects::nonNull).distinct().forEach(declared -> {
                if (declared != best) {
                    findings.add(RubricFindingView.error("GROUP_TOTAL", group, "group '" + group + "' in part " + p.code()
                            + ": declared " + declared + " points, best options sum to " + best));
                }
            });
        });
    }

    /** Nested criteria (tea, coffee): each sub-group's printed total against its criteria's best points. */
    private static void validateSubgroups(RubricSheetPartView p, List<RubricFindingView> findings) {
        Map<String, List<RubricCriterionView>> subgroups = p.criteria().stream().filter(c -> c.subgroup() != null)
                .collect(Collectors.groupingBy(c -> c.group() + " / " + c.subgroup(), LinkedHashMap::new,
                        Collectors.toList()));
        subgroups.forEach((name, criteria) -> {
            int best = criteria.stream().mapToInt(RubricCriterionView::bestPoints).sum();
            criteria.stream().map(RubricCriterionView::subgroupMaxPoints).filter(Objects::nonNull).distinct()
                    .forEach(declared -> {
                        if (declared != best) {
                            findings.add(RubricFindingView.error("SUBGROUP_TOTAL", criteria.get(0).subgroup(), "sub-group '"
                                    + criteria.get(0).subgroup() + "' in part " + p.code() + ": declared " + declared
                                    + " points, best options sum to " + best));
                        }
                    });
        });
    }

    private static void validateCriterion(RubricCriterionView c, List<RubricFindingView> findings) {
        int best = c.bestPoints();
        if (c.maxPoints() != best) {
            findings.add(RubricFindingView.error("CRITERION_MAX", c.code(), c.code() + ": declared " + c.maxPoints()
                    + " points, "
                    + (c.scoringRule() == ScoringRule.SUM_OF_SELECTED ? "its options add up to " : "best option gives ")
                    + best));
        }
        for (int i = 0; i < c.options().size(); i++) {
            RubricOptionView o = c.options().get(i);
            if (o.points() == null) {
                findings.add(RubricFindingView.error("OPTION_POINTS_MISSING", c.code(), c.code() + ": option " + (i + 1) + " '"
                        + abbreviate(o.text()) + "' has no points in the source; set them in a new version"));
            }
        }
        long withCase = c.options().stream().filter(o -> o.caseLabel() != null).count();
        if (withCase > 0 && withCase < c.options().size()) {
            findings.add(
                    RubricFindingView.error("CASES", c.code(), c.code() + ": some options belong to a case, others to none"));
        }
        if (withCase > 0 && c.scoringRule() == ScoringRule.SUM_OF_SELECTED) {
            findings.add(RubricFindingView.error("CASES", c.code(), c.code() + ": options are added up, so they cannot "
                    + "be alternative cases"));
        }
        Integer previous = null;
        for (Map.Entry<Integer, Integer> min : new TreeMap<>(c.starMinimums()).entrySet()) {
            if (min.getValue() > best) {
                findings.add(RubricFindingView.error("STAR_MINIMUM", c.code(), c.code() + ": the " + min.getKey() + "★ minimum "
                        + min.getValue() + " exceeds the best option (" + best + ")"));
            }
            if (previous != null && min.getValue() < previous) {
                findings.add(RubricFindingView.error("STAR_MINIMUM", c.code(), c.code() + ": the " + min.getKey()
                        + "★ minimum is below that of a lower star level"));
            }
            previous = min.getValue();
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
