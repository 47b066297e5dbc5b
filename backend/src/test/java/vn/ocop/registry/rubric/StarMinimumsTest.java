package vn.ocop.registry.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;

/** The 148 / 26/2026 star-minimum gate on the real 148 fresh-food sheet (and its absence under 1048). */
class StarMinimumsTest {
    private static final List<RubricSheetPartView> SHEET = RubricFixtures.sheet("sheet-148-food.json");
    private static final StarRating BANDS = new StarRating(RubricFixtures.BANDS);
    /** Lowers criteria without minimums by 26 points: 74, a 4★ total that meets every minimum. */
    private static final Map<String, Integer> FOUR_STAR = Map.of("A1.1", 1, "B4.2", 0, "B4.3", 0, "B5.1", 0,
            "C6.3", 0, "C6.4", 0, "C9.2", 0);

    private record Rated(int total, int bandStars, StarMinimums.Result gate) {
    }

    private static Rated rate(List<RubricSheetPartView> sheet, Map<String, Integer> choices) {
        SheetTotals.Result totals = SheetTotals.compute(sheet, RubricFixtures.choose(sheet, choices));
        int band = BANDS.starsFor(BigDecimal.valueOf(totals.total()));
        Map<Long, BigDecimal> points = new HashMap<>();
        totals.points().forEach((id, p) -> points.put(id, BigDecimal.valueOf(p)));
        List<RubricCriterionView> criteria = sheet.stream().flatMap(p -> p.criteria().stream()).toList();
        return new Rated(totals.total(), band, StarMinimums.cap(band, criteria, points));
    }

    private static Map<String, Integer> with(Map<String, Integer> base, String code, int points) {
        Map<String, Integer> m = new HashMap<>(base);
        m.put(code, points);
        return m;
    }

    @Test
    void bestOptionsEverywhereGiveFiveStars() {
        Rated r = rate(SHEET, Map.of());
        assertEquals(100, r.total());
        assertEquals(5, r.gate().stars());
        assertTrue(r.gate().shortfalls().isEmpty());
    }

    @Test
    void missingAFiveStarMinimumAt99GivesFourStars() {
        Rated r = rate(SHEET, Map.of("A1.3", 2));
        assertEquals(99, r.total());
        assertEquals(5, r.bandStars());
        assertEquals(4, r.gate().stars());
        assertEquals(List.of(new StarMinimums.StarShortfall("A1.3", 5, 3, BigDecimal.valueOf(2))), r.gate().shortfalls());
    }

    @Test
    void missingTheFourStarMinimumToo() {
        Rated r = rate(SHEET, Map.of("A1.3", 1));
        assertEquals(98, r.total());
        assertEquals(3, r.gate().stars());
        assertEquals(2, r.gate().shortfalls().size());
    }

    @Test
    void missingAThreeStarMinimumLeavesTwoStars() {
        Rated r = rate(SHEET, Map.of("B5.2", 1));
        assertEquals(96, r.total());
        assertEquals(2, r.gate().stars());
    }

    @Test
    void aFourStarTotalMeetingEveryMinimumKeepsFourStars() {
        Rated r = rate(SHEET, FOUR_STAR);
        assertEquals(74, r.total());
        assertEquals(4, r.bandStars());
        assertEquals(4, r.gate().stars());
    }

    @Test
    void aFourStarTotalMissingAFourStarMinimumGetsThree() {
        Rated r = rate(SHEET, with(FOUR_STAR, "A1.3", 1));
        assertEquals(72, r.total());
        assertEquals(4, r.bandStars());
        assertEquals(3, r.gate().stars());
    }

    @Test
    void minimumsAboveTheBandAreIrrelevant() {
        Map<String, Integer> low = with(with(FOUR_STAR, "B4.1", 1), "C8.1", 0);
        Rated r = rate(SHEET, with(with(low, "C10.1", 2), "A1.2", 1));
        assertEquals(3, r.bandStars(), "total " + r.total());
        assertEquals(3, r.gate().stars());
        assertTrue(r.gate().shortfalls().isEmpty());
    }

    @Test
    void the1048SheetsHaveNoMinimums() {
        List<RubricSheetPartView> sheet = RubricFixtures.sheet("sheet-1048-food.json");
        Rated r = rate(sheet, Map.of("A1.1", 1, "A1.2", 0));
        assertEquals(95, r.total());
        assertEquals(5, r.gate().stars());
    }

    @Test
    void aCouncilMeanBelowTheMinimumCounts() {
        RubricCriterionView c = RubricFixtures.criterion(SHEET, "C9.1");
        assertEquals(Map.of(3, 2, 4, 2, 5, 2), c.starMinimums());
        assertEquals(2, StarMinimums.cap(3, List.of(c), Map.of(c.id(), new BigDecimal("1.67"))).stars());
        assertEquals(3, StarMinimums.cap(3, List.of(c), Map.of(c.id(), new BigDecimal("2.00"))).stars());
    }
}
