package vn.ocop.registry.support;

import static vn.ocop.registry.support.SupportStatus.APPROVED;
import static vn.ocop.registry.support.SupportStatus.DONE;
import static vn.ocop.registry.support.SupportStatus.IN_PROGRESS;
import static vn.ocop.registry.support.SupportStatus.REJECTED;
import static vn.ocop.registry.support.SupportStatus.REQUESTED;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import vn.ocop.registry.common.ProblemException;

/**
 * The life of a support request: REQUESTED → APPROVED → IN_PROGRESS → DONE, and REQUESTED or
 * APPROVED → REJECTED. Pure rules; who may take each action is the resource's and the service's concern.
 */
public final class SupportWorkflow {

    public enum Action {
        APPROVE(APPROVED, EnumSet.of(REQUESTED)), START(IN_PROGRESS, EnumSet.of(APPROVED)), COMPLETE(DONE,
                EnumSet.of(IN_PROGRESS)), REJECT(REJECTED, EnumSet.of(REQUESTED, APPROVED));

        private final SupportStatus target;
        private final Set<SupportStatus> from;

        Action(SupportStatus target, Set<SupportStatus> from) {
            this.target = target;
            this.from = from;
        }

        /** A rejection must say why; the other steps may carry a note. */
        public boolean needsNote() {
            return this == REJECT;
        }
    }

    private SupportWorkflow() {
    }

    /** The status after {@code action}, or a 409 when the request cannot take it from {@code current}. */
    public static SupportStatus next(SupportStatus current, Action action) {
        if (!action.from.contains(current)) {
            throw ProblemException.conflict("Cannot " + action.name().toLowerCase() + " a request that is " + current
                    + "; only from " + action.from.stream().map(Enum::name).collect(Collectors.joining(" or ")));
        }
        return action.target;
    }

    /** Details may be corrected only before the office has decided. */
    public static boolean editable(SupportStatus current) {
        return current == REQUESTED;
    }
}
