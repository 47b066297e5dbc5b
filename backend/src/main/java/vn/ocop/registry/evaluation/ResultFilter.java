package vn.ocop.registry.evaluation;

/** The filters of the round's result list, parsed; null means "any". */
public record ResultFilter(EntryOutcome outcome) {
}
