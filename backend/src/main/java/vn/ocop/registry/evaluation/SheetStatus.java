package vn.ocop.registry.evaluation;

/** A DRAFT sheet is edited by its member; a SUBMITTED one is locked until the council chair reopens it. */
public enum SheetStatus {
    DRAFT, SUBMITTED
}
