package vn.ocop.registry.rubric;

/** A DRAFT version is edited by the OCOP office; a PUBLISHED one is frozen for ever (evaluations cite it). */
public enum RubricStatus {
    DRAFT, PUBLISHED
}
