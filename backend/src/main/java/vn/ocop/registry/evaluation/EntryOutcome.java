package vn.ocop.registry.evaluation;

import vn.ocop.registry.procedure.LevelOutcome;

/** What a round's close decided for an entry: the procedure's outcome, or NO_QUORUM when the council fell short. */
public enum EntryOutcome {
    RECOGNISED, FORWARDED, NOT_RECOGNISED, NO_QUORUM;

    static EntryOutcome of(LevelOutcome outcome) {
        return valueOf(outcome.name());
    }
}
