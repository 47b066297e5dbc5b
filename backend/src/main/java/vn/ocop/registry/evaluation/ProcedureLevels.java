package vn.ocop.registry.evaluation;

import java.util.Optional;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.procedure.ProcedureDtos.Level;
import vn.ocop.registry.procedure.ProcedureLevel;

/** The procedure levels rounds follow, read from the procedure data of their legal basis. */
final class ProcedureLevels {
    private ProcedureLevels() {
    }

    /** The level row of a legal basis's procedure; empty when the procedure has no such level. */
    static Optional<ProcedureLevel> find(String legalBasisCode, EvaluationLevel level) {
        return ProcedureLevel.<ProcedureLevel>find("procedureId = (select p.id from EvaluationProcedure p "
                + "where p.legalBasisCode = ?1) and level = ?2", legalBasisCode, level).firstResultOptional();
    }

    static Level level(long procedureLevelId) {
        ProcedureLevel l = ProcedureLevel.findById(procedureLevelId);
        return new Level(l.level, l.checksDossier, l.ratesLocalOrigin, l.scores, l.forwardMinScore, l.minRecognisedStars,
                l.maxRecognisedStars, l.description);
    }

    /** The level above this one in its procedure (a forwarded product goes there); empty at the top. */
    static Optional<EvaluationLevel> next(long procedureLevelId) {
        ProcedureLevel l = ProcedureLevel.findById(procedureLevelId);
        return ProcedureLevel.<ProcedureLevel>list("procedureId", l.procedureId).stream()
                .map(p -> p.level).filter(x -> x.compareTo(l.level) > 0).min(Enum::compareTo);
    }
}
