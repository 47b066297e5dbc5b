package vn.ocop.registry.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.common.ProblemException;

class RoundStatusTest {

    @Test
    void roundsMoveForwardOneStepAtATime() {
        assertEquals(RoundStatus.SCORING, RoundStatus.OPEN.advance(RoundStatus.OPEN, "start scoring"));
        assertEquals(RoundStatus.CLOSED, RoundStatus.SCORING.advance(RoundStatus.SCORING, "close"));
        assertEquals(RoundStatus.FINALIZED, RoundStatus.CLOSED.advance(RoundStatus.CLOSED, "finalize"));
    }

    @Test
    void anyOtherStepIsAConflict() {
        ProblemException twice = assertThrows(ProblemException.class,
                () -> RoundStatus.CLOSED.advance(RoundStatus.SCORING, "close"));
        assertEquals(409, twice.status());
        assertThrows(ProblemException.class, () -> RoundStatus.OPEN.advance(RoundStatus.CLOSED, "finalize"));
        assertThrows(ProblemException.class, () -> RoundStatus.FINALIZED.advance(RoundStatus.OPEN, "start scoring"));
    }

    @Test
    void resultsExistFromTheClose() {
        assertFalse(RoundStatus.OPEN.closed());
        assertFalse(RoundStatus.SCORING.closed());
        assertTrue(RoundStatus.CLOSED.closed());
        assertTrue(RoundStatus.FINALIZED.closed());
    }
}
