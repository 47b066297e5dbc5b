package vn.ocop.registry.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.rubric.RubricDtos.RubricEliminationConditionView;

/** 1048's elimination conditions ("Bị loại"), read from the real sheets. */
class EliminationTest {

    private static List<RubricEliminationConditionView> conditions(String file) {
        List<String> texts = RubricFixtures.document(file).conditions();
        List<RubricEliminationConditionView> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new RubricEliminationConditionView((long) i + 1, texts.get(i)));
        }
        return out;
    }

    @Test
    void theFoodSheetsListForgeryFoodSafetyCertificateLabTestAndDossier() {
        for (String file : List.of("sheet-1048-food.json", "sheet-1048-food-processed.json")) {
            List<String> texts = conditions(file).stream().map(RubricEliminationConditionView::text).toList();
            assertEquals(4, texts.size(), texts.toString());
            assertEquals("Giả mạo hồ sơ", texts.get(0));
            assertTrue(texts.get(1).startsWith("không có giấy chứng nhận đủ điều kiện"), texts.get(1));
            assertTrue(texts.get(1).contains("tương đương"), "'hoặc tương đương' stays inside its condition");
            assertTrue(texts.get(2).startsWith("không có phiếu kiểm nghiệm"), texts.get(2));
            assertTrue(texts.get(3).startsWith("không đáp ứng quy định hồ sơ dự thi"), texts.get(3));
        }
    }

    @Test
    void theHandicraftSheetHasNoFoodSafetyCondition() {
        List<String> texts = conditions("sheet-1048-handicraft.json").stream().map(RubricEliminationConditionView::text)
                .toList();
        assertEquals(3, texts.size(), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("ATTP")));
    }

    @Test
    void aProductMeetingAnyConditionIsEliminated() {
        List<RubricEliminationConditionView> sheet = conditions("sheet-1048-food.json");
        assertTrue(Elimination.met(sheet, Set.of()).isEmpty());
        assertEquals(List.of(3L), Elimination.met(sheet, List.of(3L)));
        assertEquals(List.of(1L, 2L), Elimination.met(sheet, List.of(1L, 2L, 1L)));
    }

    @Test
    void aConditionOfAnotherSheetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Elimination.met(conditions("sheet-1048-food.json"), List.of(9L)));
    }

    @Test
    void sheetsWithoutConditionsEliminateNobody() {
        assertTrue(RubricFixtures.document("sheet-2026-food.json").conditions().isEmpty());
    }
}
