package vn.ocop.registry.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricFindingView;
import vn.ocop.registry.rubric.RubricDtos.RubricOptionView;
import vn.ocop.registry.rubric.RubricDtos.RubricPartTotal;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;
import vn.ocop.registry.rubric.RubricDtos.StarBand;

class RubricValidatorTest {

    private static List<String> messages(List<RubricFindingView> findings) {
        return findings.stream().map(RubricFindingView::message).toList();
    }

    private static List<RubricFindingView> validate(String file, List<RubricPartTotal> official) {
        return RubricValidator.validateSheet(official, RubricFixtures.sheet(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sheet-1048-food.json", "sheet-1048-food-processed.json", "sheet-1048-handicraft.json"})
    void the1048SheetsAddUp(String file) {
        assertEquals(List.of(), validate(file, RubricFixtures.PARTS_1048));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sheet-148-food.json", "sheet-148-handicraft.json", "sheet-2026-food.json",
            "sheet-2026-handicraft.json"})
    void theLaterSheetsAddUp(String file) {
        assertEquals(List.of(), validate(file, RubricFixtures.PARTS_148));
    }

    @Test
    void the148ProcessedFoodAnomalyIsReportedAsFound() {
        List<RubricFindingView> findings = validate("sheet-148-food-processed.json", RubricFixtures.PARTS_148);
        assertEquals(List.of(
                "group '6. CHỈ TIÊU CẢM QUAN' in part C: declared 16 points, best options sum to 15",
                "C6.4: declared 4 points, best option gives 3",
                "part C: best options sum to 34, official total 35",
                "best options sum to 99, not 100"), sortedByCode(findings));
        assertTrue(findings.stream().allMatch(f -> f.severity() == FindingSeverity.ERROR));
    }

    /** Findings in a fixed order (GROUP_TOTAL, CRITERION_MAX, PART_TOTAL, SHEET_TOTAL) whatever the loop order. */
    private static List<String> sortedByCode(List<RubricFindingView> findings) {
        List<String> order = List.of("GROUP_TOTAL", "CRITERION_MAX", "PART_TOTAL", "SHEET_TOTAL");
        return findings.stream().sorted((a, b) -> order.indexOf(a.code()) - order.indexOf(b.code()))
                .map(RubricFindingView::message).toList();
    }

    @Test
    void anOptionWithoutPointsIsAnError() {
        List<RubricFindingView> findings = validate("sheet-2026-food-processed.json", RubricFixtures.PARTS_148);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("OPTION_POINTS_MISSING", findings.get(0).code());
        assertEquals("A1.2", findings.get(0).subject());
    }

    @Test
    void everyReliableSheetOfTheCollectionsAddsUpExceptTheKnownOnes() {
        List<String> invalid = new ArrayList<>();
        for (String file : List.of("sheets-148-all.json", "sheets-2026-all.json")) {
            RubricFixtures.collection(file).forEach((doc, reliable) -> {
                if (reliable && !validate(file, doc).isEmpty()) {
                    invalid.add(file + "#" + doc.sheet().number());
                }
            });
        }
        // Both have an option whose points cell is empty in the source.
        assertEquals(List.of("sheets-148-all.json#18", "sheets-2026-all.json#7"), invalid);
    }

    private static List<RubricFindingView> validate(String file, RubricSheetDocument doc) {
        return RubricValidator.validateSheet(RubricFixtures.PARTS_148, RubricFixtures.sheet(doc));
    }

    @Test
    void aSheetAgainstTheWrongOfficialTotalsIsFlaggedPerPart() {
        List<RubricFindingView> findings = validate("sheet-1048-food.json", RubricFixtures.PARTS_148);
        assertTrue(messages(findings).contains("part A: the sheet declares 35 points, official total 40"), findings.toString());
        assertTrue(messages(findings).contains("part C: best options sum to 40, official total 35"), findings.toString());
    }

    @Test
    void missingAndUnknownParts() {
        List<RubricSheetPartView> sheet = RubricFixtures.sheet("sheet-148-food.json");
        List<RubricSheetPartView> renamed = List.of(sheet.get(0), sheet.get(1),
                RubricSheetPartView.of("D", "Khác", 35, sheet.get(2).criteria()));
        List<String> codes = RubricValidator.validateSheet(RubricFixtures.PARTS_148, renamed).stream()
                .map(RubricFindingView::code).toList();
        assertEquals(List.of("PART_MISSING", "PART_UNKNOWN"), codes);
    }

    @Test
    void criterionLevelChecks() {
        RubricCriterionView mixedCases = new RubricCriterionView(1L, "A9.1", null, null, null, "Thử", 2,
                Map.of(3, 1, 4, 3, 5, 2),
                List.of(), List.of(new RubricOptionView(10L, "x", 0, null, "Trường hợp 1", null),
                        new RubricOptionView(11L, "y", 2, null, null, null)));
        List<String> codes = RubricValidator.validateSheet(List.of(new RubricPartTotal("A", "A", 2)),
                List.of(RubricSheetPartView.of("A", "A", 2, List.of(mixedCases)))).stream().map(RubricFindingView::code)
                .toList();
        assertEquals(List.of("CASES", "STAR_MINIMUM", "STAR_MINIMUM", "SHEET_TOTAL"), codes);
    }

    @Test
    void theStandardBandsCoverZeroToHundred() {
        assertEquals(List.of(), RubricValidator.validateVersion(RubricFixtures.PARTS_1048, RubricFixtures.BANDS, 3));
    }

    @Test
    void partTotalsMustSumToHundredAndAVersionNeedsSheets() {
        List<String> codes = RubricValidator.validateVersion(RubricFixtures.parts(35, 25, 35), RubricFixtures.BANDS, 0)
                .stream().map(RubricFindingView::code).toList();
        assertEquals(List.of("PARTS_TOTAL", "NO_SHEETS"), codes);
    }

    @Test
    void aGapBetweenBandsIsFound() {
        List<StarBand> bands = new ArrayList<>(RubricFixtures.BANDS);
        bands.set(0, RubricFixtures.band(1, "0", "29.99"));
        assertEquals(List.of("no band covers 29.99 ≤ s < 30"), messages(RubricValidator.validateBands(bands)));
    }

    @Test
    void anOverlapIsFound() {
        List<StarBand> bands = new ArrayList<>(RubricFixtures.BANDS);
        bands.set(3, RubricFixtures.band(4, "69", "90"));
        assertEquals(List.of("4★ overlaps 3★ between 69 and 70"), messages(RubricValidator.validateBands(bands)));
    }

    @Test
    void bandsMustStartAtZeroAndReachHundred() {
        List<StarBand> bands = List.of(RubricFixtures.band(1, "1", "50"), RubricFixtures.band(2, "50", "100"));
        assertEquals(List.of("no band covers 0 ≤ s < 1", "no band covers 100 ≤ s ≤ 100"),
                messages(RubricValidator.validateBands(bands)));
    }

    @Test
    void starsMustRiseWithTheScoreAndBandsMustNotBeEmpty() {
        List<StarBand> bands = List.of(RubricFixtures.band(2, "0", "50"), RubricFixtures.band(1, "50", "50"),
                RubricFixtures.band(3, "50", null));
        List<String> found = messages(RubricValidator.validateBands(bands));
        assertTrue(found.contains("1★ is empty: 50 ≤ s < 50"), found.toString());
        assertTrue(found.contains("stars must rise with the score: 1★ starts at 50, above 2★"), found.toString());
    }

    @Test
    void aBandAfterTheOpenTopBandOverlapsIt() {
        List<StarBand> bands = List.of(RubricFixtures.band(1, "0", null), RubricFixtures.band(2, "50", null));
        assertTrue(messages(RubricValidator.validateBands(bands)).contains("2★ overlaps 1★, which reaches 100"));
    }
}
