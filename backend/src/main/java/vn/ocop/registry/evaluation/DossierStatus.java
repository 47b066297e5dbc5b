package vn.ocop.registry.evaluation;

/** The commune's dossier check (26/2026): PASSED entries are forwarded when the round closes. */
public enum DossierStatus {
    PASSED, FAILED
}
