package vn.ocop.registry.evaluation;

import java.util.Optional;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.procedure.ProcedureDtos.Level;
import vn.ocop.registry.procedure.ProcedureLevel;

/**
 * The procedure levels rounds follow, read from the procedure data of their legal basis when a rule applies
 * (the office may retune a procedure between rounds; a closed round keeps the results it computed).
 */
final class ProcedureLevels {
    private static final String OF_BASIS =
            "procedureId = (select p.id from EvaluationProcedure p where p.legalBasisCode = ?1)";

    private ProcedureLevels() {
    }

    /** The level row of a legal basis's procedure; empty when the procedure has no such level. */
    static Optional<ProcedureLevel> find(String legalBasisCode, EvaluationLevel level) {
        return ProcedureLevel.<ProcedureLevel>find(OF_BASIS + " and level = ?2", legalBasisCode, level)
                .firstResultOptional();
    }

    /** The rules of the round's level; 409 if the procedure no longer has that level. */
    static Level of(EvaluationRound round) {
        ProcedureLevel l = find(round.legalBasisCode, round.level).orElseThrow(() -> ProblemException.conflict(
                "The procedure of " + round.legalBasisCode + " no longer has a " + round.level + " level"));
        return new Level(l.level, l.checksDossier, l.ratesLocalOrigin, l.scores, l.forwardMinScore, l.minRecognisedStars,
                l.maxRecognisedStars, l.description);
    }

    /** The level above the round's in its procedure (a forwarded product goes there); empty at the top. */
    static Optional<EvaluationLevel> next(EvaluationRound round) {
        return ProcedureLevel.<ProcedureLevel>list(OF_BASIS, round.legalBasisCode).stream()
                .map(p -> p.level).filter(x -> x.compareTo(round.level) > 0).min(Enum::compareTo);
    }
}
