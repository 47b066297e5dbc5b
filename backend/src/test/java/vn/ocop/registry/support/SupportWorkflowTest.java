package vn.ocop.registry.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.support.SupportStatus.APPROVED;
import static vn.ocop.registry.support.SupportStatus.DONE;
import static vn.ocop.registry.support.SupportStatus.IN_PROGRESS;
import static vn.ocop.registry.support.SupportStatus.REJECTED;
import static vn.ocop.registry.support.SupportStatus.REQUESTED;
import static vn.ocop.registry.support.SupportWorkflow.Action.APPROVE;
import static vn.ocop.registry.support.SupportWorkflow.Action.COMPLETE;
import static vn.ocop.registry.support.SupportWorkflow.Action.REJECT;
import static vn.ocop.registry.support.SupportWorkflow.Action.START;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.support.SupportWorkflow.Action;

class SupportWorkflowTest {
    /** Every legal move; everything else must be refused. */
    private static final Map<SupportStatus, Map<Action, SupportStatus>> LEGAL = Map.of(
            REQUESTED, Map.of(APPROVE, APPROVED, REJECT, REJECTED),
            APPROVED, Map.of(START, IN_PROGRESS, REJECT, REJECTED),
            IN_PROGRESS, Map.of(COMPLETE, DONE),
            DONE, Map.of(),
            REJECTED, Map.of());

    @Test
    void theHappyPathEndsDone() {
        SupportStatus s = REQUESTED;
        for (Action a : new Action[]{APPROVE, START, COMPLETE}) {
            s = SupportWorkflow.next(s, a);
        }
        assertEquals(DONE, s);
    }

    @Test
    void everyPairIsEitherTheLegalMoveOrAConflict() {
        for (SupportStatus from : SupportStatus.values()) {
            for (Action action : Action.values()) {
                SupportStatus expected = LEGAL.get(from).get(action);
                if (expected != null) {
                    assertEquals(expected, SupportWorkflow.next(from, action), from + " " + action);
                } else {
                    ProblemException e = assertThrows(ProblemException.class, () -> SupportWorkflow.next(from, action),
                            from + " " + action);
                    assertEquals(409, e.status());
                }
            }
        }
    }

    @Test
    void aConflictSaysWhereTheActionWouldHaveBeenAllowed() {
        ProblemException e = assertThrows(ProblemException.class, () -> SupportWorkflow.next(DONE, REJECT));
        assertEquals("Cannot reject a request that is DONE; only from REQUESTED or APPROVED", e.getMessage());
    }

    @Test
    void terminalStatesAllowNothing() {
        for (SupportStatus terminal : EnumSet.of(DONE, REJECTED)) {
            for (Action action : Action.values()) {
                assertThrows(ProblemException.class, () -> SupportWorkflow.next(terminal, action));
            }
        }
    }

    @Test
    void onlyARequestedRequestIsEditable() {
        assertTrue(SupportWorkflow.editable(REQUESTED));
        for (SupportStatus s : EnumSet.complementOf(EnumSet.of(REQUESTED))) {
            assertFalse(SupportWorkflow.editable(s), s.name());
        }
    }

    @Test
    void onlyRejectionNeedsANote() {
        Set<Action> needNote = EnumSet.noneOf(Action.class);
        for (Action a : Action.values()) {
            if (a.needsNote()) {
                needNote.add(a);
            }
        }
        assertEquals(EnumSet.of(REJECT), needNote);
    }
}
