package vn.ocop.registry.evaluation;

import vn.ocop.registry.common.ProblemException;

/**
 * The life of an evaluation round, forward only: OPEN (the office sets it up and enters products) → SCORING
 * (members fill in their sheets) → CLOSED (results computed, forwarded products sent up) → FINALIZED (results
 * confirmed; the recognition decision may be recorded).
 */
public enum RoundStatus {
    OPEN, SCORING, CLOSED, FINALIZED;

    /** The status after this one, or a 409 when the round is not in {@code expected}. */
    public RoundStatus advance(RoundStatus expected, String action) {
        if (this != expected) {
            throw ProblemException.conflict("Cannot " + action + " a round that is " + this + "; only an " + expected
                    + " round");
        }
        return values()[ordinal() + 1];
    }

    /** Results exist from the close on. */
    public boolean closed() {
        return this == CLOSED || this == FINALIZED;
    }
}
