package vn.ocop.registry.evaluation;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.evaluation.RoundDtos.RoundDecisionRequest;
import vn.ocop.registry.evaluation.RoundDtos.RoundView;
import vn.ocop.registry.notice.NoticeKind;
import vn.ocop.registry.notice.NoticeTemplates;
import vn.ocop.registry.notice.Notices;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.recognition.DecisionLevel;
import vn.ocop.registry.recognition.RecognitionDtos;
import vn.ocop.registry.recognition.RecognitionDtos.DecisionView;
import vn.ocop.registry.recognition.RecognitionService;

/**
 * A round's way through its statuses, one action each: OPEN → SCORING → CLOSED (results computed) → FINALIZED,
 * then the recognition decision that issues the certificates.
 */
@ApplicationScoped
public class RoundLifecycle {
    /** A RECOGNISED entry of a round: the product and the stars its certificate is issued at. */
    record Recognised(long entryId, long productId, Integer stars) {
    }

    @Inject
    EntityManager em;
    @Inject
    EvaluationAccess access;
    @Inject
    AuditLog audit;
    @Inject
    RoundCloser closer;
    @Inject
    RecognitionService certificates;
    @Inject
    RoundViews views;
    @Inject
    ProvinceClock clock;
    @Inject
    Notices notices;

    /** OPEN → SCORING; a round whose level scores needs its council first. */
    @Transactional
    public RoundView startScoring(long id) {
        EvaluationRound r = RoundService.find(id, LockModeType.PESSIMISTIC_WRITE);
        RoundStatus next = r.status.advance(RoundStatus.OPEN, "start scoring");
        if (ProcedureLevels.of(r).scores() && CouncilMember.count("roundId", r.id) == 0) {
            throw ProblemException.conflict("Round " + id + " has no council yet; set it before scoring starts");
        }
        RoundView view = transition(r, next, "SCORING_STARTED", null);
        notifyCouncil(r);
        return view;
    }

    /**
     * Tells each member with an e-mail that scoring has started. A round starts scoring once, so one notice per member
     * (the occasion), recorded in this transaction: rolled back with it, never twice.
     */
    private void notifyCouncil(EvaluationRound r) {
        AdminUnit unit = AdminUnit.asOf(r.adminUnitCode, r.opensOn);
        String unitName = unit == null ? r.adminUnitCode : unit.name;
        for (CouncilMember m : CouncilMember.<CouncilMember>list("roundId", r.id)) {
            notices.record(NoticeKind.ROUND_SCORING, "round:" + r.id, m.username, m.email,
                    NoticeTemplates.roundScoring(m.fullName, r.name, unitName, r.closesOn));
        }
    }

    /** SCORING → CLOSED: computes and stores every entry's result and forwards entries to the next level. */
    @Transactional
    public RoundView close(long id, Long forwardToRoundId) {
        EvaluationRound r = RoundService.find(id, LockModeType.PESSIMISTIC_WRITE);
        RoundStatus next = r.status.advance(RoundStatus.SCORING, "close");
        String summary = closer.close(r, forwardToRoundId);
        r.closedAt = clock.now();
        r.closedBy = access.username();
        return transition(r, next, "CLOSED", summary);
    }

    /** CLOSED → FINALIZED: the results are confirmed; a recognition decision may be recorded on them. */
    @Transactional
    public RoundView finalizeRound(long id) {
        EvaluationRound r = RoundService.find(id, LockModeType.PESSIMISTIC_WRITE);
        RoundStatus next = r.status.advance(RoundStatus.CLOSED, "finalize");
        r.finalizedAt = clock.now();
        r.finalizedBy = access.username();
        return transition(r, next, "FINALIZED", null);
    }

    /** Records the recognition decision on a FINALIZED round: a certificate for every RECOGNISED entry. */
    @Transactional
    public DecisionView decide(long id, RoundDecisionRequest req) {
        EvaluationRound r = RoundService.find(id, LockModeType.PESSIMISTIC_WRITE);
        List<Recognised> recognised = requireDecidable(r);
        DecisionView decision = certificates.recordDecision(new RecognitionDtos.RecognitionDecisionRequest(req.number(),
                req.decidedOn(), req.signer(), DecisionLevel.valueOf(r.level.name()), r.adminUnitCode, r.legalBasisCode,
                recognised.stream().map(e -> new RecognitionDtos.Recognition(e.productId(), e.stars())).toList()),
                r.id);
        String actor = access.username();
        audit.record(RoundService.AUDIT_ROUND, r.id, "DECISION_RECORDED", null, decision.number() + " of "
                + decision.decidedOn() + ": " + recognised.size() + " products", actor);
        for (Recognised e : recognised) {
            audit.record(RoundService.AUDIT_ENTRY, e.entryId(), "RECOGNISED", null, e.stars() + "★ by decision "
                    + decision.number(), actor);
        }
        return decision;
    }

    /** The round's RECOGNISED entries, once it is FINALIZED, above the commune, not yet decided and not empty. */
    private List<Recognised> requireDecidable(EvaluationRound r) {
        if (r.status != RoundStatus.FINALIZED) {
            throw ProblemException.conflict("Round " + r.id + " is " + r.status + "; a decision is recorded only on a "
                    + "FINALIZED round");
        }
        if (r.level == EvaluationLevel.COMMUNE) {
            throw ProblemException.conflict("A commune round recognises no stars; its entries go up to the province");
        }
        if (em.createQuery("select count(d) from RecognitionDecision d where d.evaluationRoundId = :r", Long.class)
                .setParameter("r", r.id).getSingleResult() > 0) {
            throw ProblemException.conflict("A decision on round " + r.id + " is already recorded");
        }
        List<Recognised> recognised = em.createQuery("select new Recognised(e.id, e.productId, res.stars) "
                + "from EvaluationResult res, EvaluationEntry e where e.id = res.entryId and res.roundId = :r "
                + "and res.outcome = :o order by e.id", Recognised.class)
                .setParameter("r", r.id).setParameter("o", EntryOutcome.RECOGNISED).getResultList();
        if (recognised.isEmpty()) {
            throw ProblemException.conflict("Round " + r.id + " recognised no product; there is nothing to decide");
        }
        return recognised;
    }

    private RoundView transition(EvaluationRound r, RoundStatus next, String action, String note) {
        RoundStatus from = r.status;
        r.status = next;
        r.touch(access.username());
        em.flush();
        audit.record(RoundService.AUDIT_ROUND, r.id, action, AuditLog.diff(Map.of("status", from.name()),
                Map.of("status", next.name())), note, access.username());
        return views.of(r);
    }
}
