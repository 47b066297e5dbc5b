package vn.ocop.registry.procedure;

/** The filters of the procedure list, parsed; null means "any". */
public record ProcedureFilter(String legalBasisCode) {
}
