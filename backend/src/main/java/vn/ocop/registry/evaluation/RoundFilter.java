package vn.ocop.registry.evaluation;

import vn.ocop.registry.procedure.EvaluationLevel;

/** The filters of the evaluation-round list, parsed; null means "any". */
public record RoundFilter(Integer year, EvaluationLevel level, String adminUnitCode, RoundStatus status, String legalBasisCode,
        String q) {
}
