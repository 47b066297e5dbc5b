package vn.ocop.registry.recognition;

import java.time.Instant;

/** The filters of the recognition-decision list, parsed; null means "any". */
public record DecisionFilter(Integer year, Instant updatedSince) {
}
