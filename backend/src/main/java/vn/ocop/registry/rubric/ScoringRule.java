package vn.ocop.registry.rubric;

/**
 * How a criterion's options make its points: ONE_OPTION (pick one, or one of one case where the criterion has
 * alternative scales); SUM_OF_SELECTED (tick any of them and add their points: the 1048 tourism sheet's Phần C,
 * "Được cộng tổng điểm các nội dung ghi Có"; ticking none gives 0).
 */
public enum ScoringRule {
    ONE_OPTION, SUM_OF_SELECTED;

    /** The value as the shared data spells it ({@code sumOfSelected}) or as the API does; null: ONE_OPTION. */
    public static ScoringRule ofData(String value) {
        if (value == null || value.isBlank() || value.equals("oneOption")) {
            return ONE_OPTION;
        }
        return value.equals("sumOfSelected") ? SUM_OF_SELECTED : valueOf(value);
    }
}
