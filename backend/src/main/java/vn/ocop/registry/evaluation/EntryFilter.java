package vn.ocop.registry.evaluation;

/** The filters of the evaluation-entry list, parsed; null means "any". */
public record EntryFilter(Long roundId, Long productId, String q, EntryOutcome outcome) {
}
