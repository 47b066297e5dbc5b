package vn.ocop.registry.rubric;

import java.time.LocalDate;

/** The filters of the rubric-version list, parsed; null means "any". */
public record RubricVersionFilter(String legalBasisCode, RubricStatus status, LocalDate effectiveOn, String q) {
}
