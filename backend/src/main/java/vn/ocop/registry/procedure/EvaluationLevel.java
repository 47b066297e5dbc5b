package vn.ocop.registry.procedure;

/** The levels of the OCOP procedure, lowest first; a product forwarded goes to the next level its procedure has. */
public enum EvaluationLevel {
    COMMUNE, DISTRICT, PROVINCIAL, CENTRAL
}
