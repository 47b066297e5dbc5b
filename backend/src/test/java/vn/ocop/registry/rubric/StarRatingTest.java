package vn.ocop.registry.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StarRatingTest {
    private final StarRating rating = new StarRating(RubricFixtures.BANDS);

    @ParameterizedTest(name = "{0} → {1}★")
    @CsvSource({
            "0, 1", "29.99, 1", "30, 2", "30.00, 2", "49.99, 2", "50, 3", "69.99, 3", "70, 4", "89.99, 4",
            "89.9999, 4", "90, 5", "100, 5",
    })
    void bandsAreHalfOpenOnTheMean(String score, int stars) {
        assertEquals(stars, rating.starsFor(new BigDecimal(score)));
    }

    @Test
    void scoresOutsideZeroToHundredAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> rating.starsFor(new BigDecimal("-0.01")));
        assertThrows(IllegalArgumentException.class, () -> rating.starsFor(new BigDecimal("100.01")));
    }

    @Test
    void aGapInTheBandsIsNotPapered() {
        StarRating gappy = new StarRating(List.of(RubricFixtures.band(1, "0", "29"), RubricFixtures.band(2, "30", null)));
        assertThrows(IllegalArgumentException.class, () -> gappy.starsFor(new BigDecimal("29.5")));
        assertEquals(2, gappy.starsFor(new BigDecimal("30")));
    }

    @Test
    void bandOrderInTheDataDoesNotMatter() {
        StarRating reversed = new StarRating(reversed(RubricFixtures.BANDS));
        assertEquals(4, reversed.starsFor(new BigDecimal("70")));
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
