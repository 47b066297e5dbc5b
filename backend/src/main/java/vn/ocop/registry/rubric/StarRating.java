package vn.ocop.registry.rubric;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import vn.ocop.registry.rubric.RubricDtos.StarBand;

/**
 * The star band of a mean score. Bands are half-open (70 ≤ s &lt; 90 is 4★) because means have decimals;
 * the top band has no upper bound and reaches 100 inclusive. The bands are the version's data.
 */
public final class StarRating {
    private static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

    private final List<StarBand> bands;

    public StarRating(List<StarBand> bands) {
        this.bands = bands.stream().sorted(Comparator.comparing(StarBand::minScore)).toList();
    }

    /** @throws IllegalArgumentException outside 0–100, or where the bands leave a gap */
    public int starsFor(BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
            throw new IllegalArgumentException("A score lies between 0 and 100, not " + score.toPlainString());
        }
        for (StarBand b : bands) {
            if (score.compareTo(b.minScore()) >= 0
                    && (b.maxScoreExclusive() == null || score.compareTo(b.maxScoreExclusive()) < 0)) {
                return b.stars();
            }
        }
        throw new IllegalArgumentException("No star band covers the score " + score.toPlainString());
    }
}
