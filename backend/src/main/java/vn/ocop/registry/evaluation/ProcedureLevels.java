package vn.ocop.registry.evaluation;

import java.util.Optional;

import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureLevelView;
import vn.ocop.registry.procedure.ProcedureLevel;

/**
 * The procedure levels rounds follow, read from the procedure data of their legal basis when a rule applies
 * (the office may retune a procedure between rounds; a closed round keeps the results it computed).
 */
final class ProcedureLevels {
    private ProcedureLevels() {
    }

    /** The level row of a legal basis's procedure; empty when the procedure has no such level. */
    static Optional<ProcedureLevel> find(String legalBasisCode, EvaluationLevel level) {
        return ProcedureLevel.ofBasis(legalBasisCode).stream().filter(l -> l.level == level).findFirst();
    }

    /** The rules of the round's level; 409 if the procedure no longer has that level. */
    static ProcedureLevelView of(EvaluationRound round) {
        return find(round.legalBasisCode, round.level).orElseThrow(() -> ProblemException.conflict(
                "The procedure of " + round.legalBasisCode + " no longer has a " + round.level + " level")).rules();
    }

    /** The level above the round's in its procedure (a forwarded product goes there); empty at the top. */
    static Optional<EvaluationLevel> next(EvaluationRound round) {
        return ProcedureLevel.ofBasis(round.legalBasisCode).stream()
                .map(p -> p.level).filter(x -> x.compareTo(round.level) > 0).min(Enum::compareTo);
    }
}
