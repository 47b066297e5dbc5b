package vn.ocop.registry.rubric;

/** The filters of the rubric version's sheet list, parsed; null means "any". */
public record RubricSheetFilter(String q) {
}
