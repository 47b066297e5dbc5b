package vn.ocop.registry.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.evaluation.SheetDtos.ScoreChoiceInput;
import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricOptionView;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;
import vn.ocop.registry.rubric.SheetTotals;

/** A member's choices are checked against the sheet, then totalled by the rubric's SheetTotals. */
class SheetChoicesTest {
    private static final String CASE_1 = "a. Trường hợp 1";
    private static final String CASE_2 = "b. Trường hợp 2";

    /** A1.1 (options 11: 1 pt, 12: 3 pts), A3.2 with two cases (31: 2 pts case 1, 32: 1 pt case 2), B4.1 (41: 5 pts). */
    private static final List<RubricSheetPartView> SHEET = List.of(
            part("A", 35, criterion(1, "A1.1", option(11, 1, null), option(12, 3, null)),
                    criterion(3, "A3.2", option(31, 2, CASE_1), option(32, 1, CASE_2), option(33, 0, CASE_1))),
            part("B", 25, criterion(4, "B4.1", option(41, 5, null), option(42, 2, null))));

    private static RubricOptionView option(long id, int points, String caseLabel) {
        return new RubricOptionView(id, "phương án " + id, points, null, caseLabel, null);
    }

    private static RubricCriterionView criterion(long id, String code, RubricOptionView... options) {
        return new RubricCriterionView(id, code, null, null, null, code, 5, Map.of(), List.of(), List.of(options));
    }

    private static RubricSheetPartView part(String code, int max, RubricCriterionView... criteria) {
        return new RubricSheetPartView(code, code, max, max, List.of(criteria));
    }

    @Test
    void validChoicesGiveTheServerComputedTotals() {
        SheetChoices.Checked checked = SheetChoices.check(SHEET,
                List.of(new ScoreChoiceInput(1L, 12L), new ScoreChoiceInput(3L, 32L),
                        new ScoreChoiceInput(4L, 41L)));
        assertEquals(List.of(), checked.errors());
        SheetTotals.Result totals = SheetTotals.compute(SHEET, checked.optionIds());
        assertEquals(9, totals.total());
        assertEquals(Map.of("A", 4, "B", 5), totals.parts());
        assertEquals(List.of(), totals.unanswered());
    }

    @Test
    void aPartialSheetListsItsUnansweredCriteria() {
        SheetTotals.Result totals = SheetTotals.compute(SHEET,
                SheetChoices.check(SHEET, List.of(new ScoreChoiceInput(4L, 42L))).optionIds());
        assertEquals(2, totals.total());
        assertEquals(List.of("A1.1", "A3.2"), totals.unanswered());
    }

    @Test
    void unknownOptionsAndOptionsOfAnotherCriterionAreNamed() {
        List<Problem.FieldError> errors = SheetChoices
                .check(SHEET, List.of(new ScoreChoiceInput(1L, 999L), new ScoreChoiceInput(1L, 41L),
                        new ScoreChoiceInput(77L, 11L)))
                .errors();
        assertEquals(List.of(
                new Problem.FieldError("choices[0].optionId", "option 999 is not on this sheet"),
                new Problem.FieldError("choices[1].optionId", "option 41 belongs to criterion B4.1, not A1.1"),
                new Problem.FieldError("choices[2].criterionId", "criterion 77 is not on this sheet")), errors);
    }

    @Test
    void twoOptionsOfOneCriterionAreRefusedWithinOrAcrossCases() {
        List<Long> sameCase = SheetChoices.check(SHEET, List.of(new ScoreChoiceInput(3L, 31L), new ScoreChoiceInput(3L, 33L)))
                .optionIds();
        assertThrows(SheetTotals.InvalidChoice.class, () -> SheetTotals.compute(SHEET, sameCase));
        List<Long> twoCases = SheetChoices.check(SHEET, List.of(new ScoreChoiceInput(3L, 31L), new ScoreChoiceInput(3L, 32L)))
                .optionIds();
        SheetTotals.InvalidChoice e = assertThrows(SheetTotals.InvalidChoice.class,
                () -> SheetTotals.compute(SHEET, twoCases));
        assertEquals(List.of("A3.2: options of two cases are chosen; score within the one case that applies"),
                e.problems());
    }
}
