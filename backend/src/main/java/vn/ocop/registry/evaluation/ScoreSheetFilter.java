package vn.ocop.registry.evaluation;

/** The filters of the score-sheet list, parsed; null means "any". */
public record ScoreSheetFilter(Long entryId, Long roundId, String memberUsername, SheetStatus status) {
}
