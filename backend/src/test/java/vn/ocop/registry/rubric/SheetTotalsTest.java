package vn.ocop.registry.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricOptionView;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;

/** A filled-in sheet's total from the chosen option ids, on the real 1048 fresh-food sheet. */
class SheetTotalsTest {
    private static final List<RubricSheetPartView> SHEET = RubricFixtures.sheet("sheet-1048-food.json");
    private static final RubricCriterionView COMMUNITY = RubricFixtures.criterion(SHEET, "A3.2");

    private static List<Long> bestExcept(String code) {
        List<Long> ids = new ArrayList<>(RubricFixtures.choose(SHEET, Map.of()));
        RubricCriterionView c = RubricFixtures.criterion(SHEET, code);
        ids.removeIf(id -> c.options().stream().anyMatch(o -> o.id().equals(id)));
        return ids;
    }

    private static RubricOptionView option(String caseStart, int points) {
        return COMMUNITY.options().stream().filter(o -> o.caseLabel().startsWith(caseStart) && o.points() == points)
                .findFirst().orElseThrow();
    }

    @Test
    void bestOptionsGiveTheOfficialPartTotals() {
        SheetTotals.Result r = SheetTotals.compute(SHEET, RubricFixtures.choose(SHEET, Map.of()));
        assertEquals(100, r.total());
        assertEquals(Map.of("A", 35, "B", 25, "C", 40), r.parts());
        assertTrue(r.unanswered().isEmpty());
    }

    @Test
    void theSecondCaseOfCriterion32ScoresWithinItsOwnOptions() {
        List<Long> ids = bestExcept("A3.2");
        ids.add(option("b.", 1).id());
        SheetTotals.Result r = SheetTotals.compute(SHEET, ids);
        assertEquals(99, r.total());
        assertEquals(1, r.points().get(COMMUNITY.id()));
    }

    @Test
    void optionsOfBothCasesAreRefused() {
        List<Long> ids = bestExcept("A3.2");
        ids.add(option("a.", 2).id());
        ids.add(option("b.", 1).id());
        SheetTotals.InvalidChoice e = assertThrows(SheetTotals.InvalidChoice.class, () -> SheetTotals.compute(SHEET, ids));
        assertEquals(List.of("A3.2: options of two cases are chosen; score within the one case that applies"), e.problems());
    }

    @Test
    void twoOptionsOfOneCriterionAreRefused() {
        List<Long> ids = bestExcept("A1.1");
        RubricCriterionView c = RubricFixtures.criterion(SHEET, "A1.1");
        ids.add(c.options().get(0).id());
        ids.add(c.options().get(1).id());
        SheetTotals.InvalidChoice e = assertThrows(SheetTotals.InvalidChoice.class, () -> SheetTotals.compute(SHEET, ids));
        assertEquals(List.of("A1.1: choose one option, not several"), e.problems());
    }

    @Test
    void unknownAndRepeatedOptionsAreRefused() {
        List<Long> ids = new ArrayList<>(RubricFixtures.choose(SHEET, Map.of()));
        ids.add(ids.get(0));
        ids.add(999_999L);
        SheetTotals.InvalidChoice e = assertThrows(SheetTotals.InvalidChoice.class, () -> SheetTotals.compute(SHEET, ids));
        assertEquals(2, e.problems().size());
        assertTrue(e.problems().get(0).contains("chosen twice"));
        assertTrue(e.problems().get(1).contains("999999 is not on this sheet"));
    }

    @Test
    void unansweredCriteriaAreListedAndCountNothing() {
        SheetTotals.Result r = SheetTotals.compute(SHEET, bestExcept("C9.1"));
        assertEquals(List.of("C9.1"), r.unanswered());
        assertEquals(100 - RubricFixtures.criterion(SHEET, "C9.1").maxPoints(), r.total());
    }

    @Test
    void anOptionWithoutPointsInTheSourceCannotBeScored() {
        List<RubricSheetPartView> sheet = RubricFixtures.sheet("sheet-2026-food-processed.json");
        RubricCriterionView c = RubricFixtures.criterion(sheet, "A1.2");
        List<Long> ids = new ArrayList<>(RubricFixtures.choose(sheet, Map.of()));
        ids.removeIf(id -> c.options().stream().anyMatch(o -> o.id().equals(id)));
        ids.add(c.options().get(0).id());
        SheetTotals.InvalidChoice e = assertThrows(SheetTotals.InvalidChoice.class, () -> SheetTotals.compute(sheet, ids));
        assertTrue(e.problems().get(0).startsWith("A1.2: option"), e.problems().toString());
    }
}
