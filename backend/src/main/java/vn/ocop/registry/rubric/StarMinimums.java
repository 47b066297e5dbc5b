package vn.ocop.registry.rubric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;

/**
 * The star-minimum gate of 148 and 26/2026: a criterion marked for a star level must reach that many points
 * for the ranking. A product whose total falls in a band but misses a minimum of that band gets the highest
 * star whose minimums it all meets (1★ and 2★ have none). Sheets without minimums (1048) pass unchanged.
 */
public final class StarMinimums {
    private StarMinimums() {
    }

    @Schema(description = "A criterion below its minimum for a star level")
    public record StarShortfall(
            @Schema(examples = "A1.3") String criterionCode,
            @Schema(examples = "4") int stars,
            @Schema(examples = "2") int minPoints,
            @Schema(examples = "1") BigDecimal points) {
    }

    public record Result(int stars, List<StarShortfall> shortfalls) {
    }

    /**
     * @param bandStars the stars of the band the total falls in
     * @param points    achieved points per criterion id (one member's option, or the council's mean); absent = 0
     */
    public static Result cap(int bandStars, List<RubricCriterionView> criteria, Map<Long, BigDecimal> points) {
        List<StarShortfall> shortfalls = new ArrayList<>();
        int stars = bandStars;
        for (RubricCriterionView c : criteria) {
            BigDecimal got = points.getOrDefault(c.id(), BigDecimal.ZERO);
            for (Map.Entry<Integer, Integer> min : c.starMinimums().entrySet()) {
                if (min.getKey() <= bandStars && got.compareTo(BigDecimal.valueOf(min.getValue())) < 0) {
                    shortfalls.add(new StarShortfall(c.code(), min.getKey(), min.getValue(), got));
                    stars = Math.min(stars, min.getKey() - 1);
                }
            }
        }
        return new Result(stars, shortfalls);
    }
}
