package vn.ocop.registry.certificate;

/** The filters of the recognition-decision list, parsed; null means "any". */
public record DecisionFilter(Integer year) {
}
