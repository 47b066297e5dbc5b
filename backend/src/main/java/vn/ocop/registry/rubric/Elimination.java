package vn.ocop.registry.rubric;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.ocop.registry.rubric.RubricDtos.RubricEliminationConditionView;

/**
 * Elimination (1048 "Bị loại": forged dossier, no food-safety certificate, no lab test report...): a product
 * meeting any elimination condition of its sheet is not ranked, whatever its score.
 */
public final class Elimination {
    private Elimination() {
    }

    /**
     * The sheet's conditions that the product meets; empty means it is not eliminated.
     *
     * @throws IllegalArgumentException for a condition id that is not on the sheet
     */
    public static List<Long> met(List<RubricEliminationConditionView> sheetConditions, Collection<Long> reported) {
        Set<Long> known = sheetConditions.stream().map(RubricEliminationConditionView::id).collect(Collectors.toSet());
        Set<Long> met = new LinkedHashSet<>(reported);
        for (Long id : met) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("Elimination condition " + id + " is not on this sheet");
            }
        }
        return List.copyOf(met);
    }
}
