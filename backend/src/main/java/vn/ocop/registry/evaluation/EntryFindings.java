package vn.ocop.registry.evaluation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.evaluation.EntryDtos.DossierCheckRequest;
import vn.ocop.registry.evaluation.EntryDtos.EliminationRequest;
import vn.ocop.registry.evaluation.EntryDtos.EntryView;
import vn.ocop.registry.evaluation.EntryDtos.LocalOriginRating;
import vn.ocop.registry.rubric.Elimination;
import vn.ocop.registry.rubric.RubricContent;

/**
 * What is found about an entry before its round closes, and decides its outcome at close: the elimination
 * conditions (1048) the product meets, and the commune's dossier check at a level that does not score (26/2026).
 */
@ApplicationScoped
public class EntryFindings {
    @Inject
    EntityManager em;
    @Inject
    EvaluationAccess access;
    @Inject
    AuditLog audit;
    @Inject
    RubricContent content;
    @Inject
    EntryViews views;
    @Inject
    ProvinceClock clock;

    /** The 1048 elimination findings: the conditions of the entry's sheet that the product meets. */
    @Transactional
    public EntryView eliminations(long id, ExpectedVersion expected, EliminationRequest req) {
        EvaluationEntry e = EntryService.find(id, LockModeType.PESSIMISTIC_WRITE);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        expected.check(e.version);
        EntryService.requireBeforeClose(round, "record elimination findings");
        if (e.rubricSheetId == null) {
            throw ProblemException.conflict("Entry " + id + " has no score sheet, hence no elimination conditions");
        }
        List<Long> met;
        try {
            met = Elimination.met(content.eliminationConditions(List.of(e.rubricSheetId))
                    .getOrDefault(e.rubricSheetId, List.of()), req.conditionIds());
        } catch (IllegalArgumentException ex) {
            throw ProblemException.invalid("conditionIds", ex.getMessage());
        }
        Map<String, Object> before = eliminationSnapshot(e);
        e.eliminatedBy = met;
        e.eliminationNote = Text.clean(req.note());
        e.touch(access.username());
        em.flush();
        audit.record(RoundService.AUDIT_ENTRY, e.id, "ELIMINATION_RECORDED", AuditLog.diff(before, eliminationSnapshot(e)),
                e.eliminationNote, access.username());
        return views.of(e);
    }

    /** The commune's dossier check at a level that does not score (26/2026): PASSED entries go up at close. */
    @Transactional
    public EntryView dossierCheck(long id, DossierCheckRequest req) {
        EvaluationEntry e = EntryService.find(id, LockModeType.PESSIMISTIC_WRITE);
        access.requireDossierChecker(e);
        EvaluationRound round = RoundService.find(e.roundId, LockModeType.NONE);
        if (ProcedureLevels.of(round).scores()) {
            throw ProblemException.conflict("Round " + round.id + " is a " + round.level + " round whose council "
                    + "scores; dossier checks decide only at levels that do not score");
        }
        EntryService.requireBeforeClose(round, "check dossiers");
        String note = Text.clean(req.note());
        List<LocalOriginRating> ratings = req.localOrigin() == null ? List.of() : req.localOrigin();
        validateDossierCheck(req.status(), note, ratings);
        Map<String, Object> before = dossierSnapshot(e);
        e.dossierStatus = req.status();
        e.dossierNote = note;
        e.localOrigin = ratings.stream().map(r -> new LocalOriginRating(r.item(), r.confirmed(), Text.clean(r.note())))
                .toList();
        e.dossierCheckedBy = access.username();
        e.dossierCheckedAt = clock.now();
        e.touch(access.username());
        em.flush();
        audit.record(RoundService.AUDIT_ENTRY, e.id, "DOSSIER_CHECKED", AuditLog.diff(before, dossierSnapshot(e)), note,
                access.username());
        return views.of(e);
    }

    /** A failed dossier says why; a passed one rates every local-origin item, once. */
    private static void validateDossierCheck(DossierStatus status, String note, List<LocalOriginRating> ratings) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (status == DossierStatus.FAILED && note == null) {
            errors.add(new Problem.FieldError("note", "say why the dossier failed"));
        }
        if (status == DossierStatus.PASSED) {
            EnumSet<LocalOriginItem> rated = EnumSet.noneOf(LocalOriginItem.class);
            for (int i = 0; i < ratings.size(); i++) {
                if (!rated.add(ratings.get(i).item())) {
                    errors.add(new Problem.FieldError("localOrigin[" + i + "].item", "is rated twice"));
                }
            }
            Set<LocalOriginItem> missing = EnumSet.complementOf(rated);
            if (!missing.isEmpty()) {
                errors.add(new Problem.FieldError("localOrigin", "a passed dossier rates every local-origin item; "
                        + "missing " + missing));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static Map<String, Object> eliminationSnapshot(EvaluationEntry e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("eliminatedBy", e.eliminatedBy == null ? List.of() : e.eliminatedBy);
        s.put("eliminationNote", e.eliminationNote);
        return s;
    }

    private static Map<String, Object> dossierSnapshot(EvaluationEntry e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("dossierStatus", e.dossierStatus == null ? null : e.dossierStatus.name());
        s.put("localOrigin", e.localOrigin == null ? null : e.localOrigin.toString());
        return s;
    }
}
