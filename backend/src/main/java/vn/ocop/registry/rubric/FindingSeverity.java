package vn.ocop.registry.rubric;

/** ERROR: the validator found an inconsistency that blocks publishing; WARNING: a note carried over from the source. */
public enum FindingSeverity {
    ERROR, WARNING
}
