package vn.ocop.registry.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricFindingView;
import vn.ocop.registry.rubric.RubricDtos.RubricOptionView;
import vn.ocop.registry.rubric.RubricDtos.RubricPartTotal;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;

/** SUM_OF_SELECTED criteria (1048 tourism, Phần C) and nested sub-groups, in the pure rules. */
class SummedCriterionTest {
    private static RubricOptionView option(long id, int points) {
        return new RubricOptionView(id, "Nội dung " + id, points, null, null, null);
    }

    private static final RubricCriterionView SUMMED = new RubricCriterionView(1L, "C6.1", "6", "6. Vị trí", 5, null, null,
            "Vị trí", 5, ScoringRule.SUM_OF_SELECTED, List.of(), Map.of(), List.of(),
            List.of(option(11, 1), option(12, 1), option(13, 2), option(14, 1)));
    private static final RubricCriterionView ONE = new RubricCriterionView(2L, "C7.1", null, null, null, "Kiến trúc", 2,
            Map.of(), List.of(), List.of(option(21, 0), option(22, 2)));
    private static final List<RubricSheetPartView> SHEET = List.of(RubricSheetPartView.of("C", "Chất lượng", 7,
            List.of(SUMMED, ONE)));

    @Test
    void theTickedOptionsAddUp() {
        SheetTotals.Result r = SheetTotals.compute(SHEET, List.of(11L, 13L, 22L));
        assertEquals(5, r.total());
        assertEquals(3, r.points().get(1L));
        assertEquals(7, SheetTotals.compute(SHEET, List.of(11L, 12L, 13L, 14L, 22L)).total());
    }

    @Test
    void nothingTickedIsZeroNotUnanswered() {
        SheetTotals.Result r = SheetTotals.compute(SHEET, List.of(22L));
        assertEquals(2, r.total());
        assertEquals(0, r.points().get(1L));
        assertTrue(r.unanswered().isEmpty());
        assertEquals(List.of("C7.1"), SheetTotals.compute(SHEET, List.of(11L)).unanswered());
    }

    @Test
    void aOneOptionCriterionStillTakesOne() {
        SheetTotals.InvalidChoice e = assertThrows(SheetTotals.InvalidChoice.class,
                () -> SheetTotals.compute(SHEET, List.of(11L, 21L, 22L)));
        assertEquals(List.of("C7.1: choose one option, not several"), e.problems());
    }

    @Test
    void theMaximumOfASummedCriterionIsTheSumOfItsOptions() {
        assertEquals(5, SUMMED.bestPoints());
        List<RubricFindingView> findings = RubricValidator.validateSheet(List.of(new RubricPartTotal("C", "Chất lượng", 7)),
                SHEET);
        assertTrue(findings.stream().noneMatch(f -> f.code().equals("CRITERION_MAX")), findings.toString());
    }

    @Test
    void aSubgroupWhoseCriteriaDoNotReachItsTotalIsAFinding() {
        RubricCriterionView a = new RubricCriterionView(3L, "C6.1.1", null, "6. CẢM QUAN", 5, "6.1 Ngoại hình", 4,
                "Tạp chất", 2, ScoringRule.ONE_OPTION, List.of(), Map.of(), List.of(), List.of(option(31, 2)));
        RubricCriterionView b = new RubricCriterionView(4L, "C6.1.2", null, "6. CẢM QUAN", 5, "6.1 Ngoại hình", 4,
                "Màu sắc", 3, ScoringRule.ONE_OPTION, List.of(), Map.of(), List.of(), List.of(option(41, 3)));
        List<RubricFindingView> findings = RubricValidator.validateSheet(List.of(new RubricPartTotal("C", "C", 5)),
                List.of(RubricSheetPartView.of("C", "C", 5, List.of(a, b))));
        assertTrue(findings.stream().anyMatch(f -> f.code().equals("SUBGROUP_TOTAL")
                && f.message().equals("sub-group '6.1 Ngoại hình' in part C: declared 4 points, best options sum to 5")),
                findings.toString());
    }
}
