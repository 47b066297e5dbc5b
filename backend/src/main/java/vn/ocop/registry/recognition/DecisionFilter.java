package vn.ocop.registry.recognition;

/** The filters of the recognition-decision list, parsed; null means "any". */
public record DecisionFilter(Integer year) {
}
