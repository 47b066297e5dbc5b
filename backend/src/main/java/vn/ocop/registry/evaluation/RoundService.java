package vn.ocop.registry.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitService;
import vn.ocop.registry.certificate.CertificateDtos;
import vn.ocop.registry.certificate.CertificateDtos.DecisionView;
import vn.ocop.registry.certificate.CertificateService;
import vn.ocop.registry.certificate.DecisionLevel;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.evaluation.RoundDtos.CouncilRequest;
import vn.ocop.registry.evaluation.RoundDtos.CouncilView;
import vn.ocop.registry.evaluation.RoundDtos.DecisionRequest;
import vn.ocop.registry.evaluation.RoundDtos.MemberInput;
import vn.ocop.registry.evaluation.RoundDtos.MemberView;
import vn.ocop.registry.evaluation.RoundDtos.RoundRequest;
import vn.ocop.registry.evaluation.RoundDtos.RoundView;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.productgroup.LegalBasis;
import vn.ocop.registry.rubric.RubricStatus;
import vn.ocop.registry.rubric.RubricVersion;

/** Evaluation rounds and their councils: set up by the OCOP office, moved through their statuses by actions. */
@ApplicationScoped
public class RoundService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "year", "year", "level",
            "level", "status", "status", "opensOn", "opensOn", "closesOn", "closesOn", "createdAt", "createdAt");
    static final String AUDIT_ROUND = "EvaluationRound";
    static final String AUDIT_ENTRY = "EvaluationEntry";
    static final int DEFAULT_QUORUM_PERCENT = 75;
    static final BigDecimal DEFAULT_SPREAD_LIMIT = BigDecimal.TEN;
    private static final Map<EvaluationLevel, String> LEVEL_NAMES = Map.of(EvaluationLevel.COMMUNE, "cấp xã",
            EvaluationLevel.DISTRICT, "cấp huyện", EvaluationLevel.PROVINCIAL, "cấp tỉnh", EvaluationLevel.CENTRAL,
            "cấp Trung ương");

    private final EntityManager em;
    private final EvaluationAccess access;
    private final AuditLog audit;
    private final RoundCloser closer;
    private final CertificateService certificates;

    private final AdminUnitService adminUnits;
    private final ProvinceClock clock;

    public RoundService(EntityManager em, EvaluationAccess access, AuditLog audit, RoundCloser closer,
            CertificateService certificates, AdminUnitService adminUnits, ProvinceClock clock) {
        this.adminUnits = adminUnits;
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.closer = closer;
        this.certificates = certificates;
        this.clock = clock;
    }

    @Transactional
    public Page<RoundView> list(RoundFilter f, PageRequest page) {
        Where where = new Where()
                .and("districtCode = :own", "own", access.confinedTo().orElse(null))
                .and("year = :year", "year", f.year())
                .and("level = :level", "level", f.level())
                .and("adminUnitCode = :unit", "unit", f.adminUnitCode())
                .and("status = :status", "status", f.status())
                .and("legalBasisCode = :basis", "basis", f.legalBasisCode())
                .matches("name", "q", f.q());
        Page<EvaluationRound> rows = page.fetch(EvaluationRound.find(where.hql(), page.toSort("id"), where.params()),
                Function.identity());
        Map<Long, RoundView> views = views(rows.items());
        return rows.map(r -> views.get(r.id));
    }

    @Transactional
    public RoundView get(long id) {
        EvaluationRound r = find(id, LockModeType.NONE);
        access.requireRead(r);
        return view(r);
    }

    @Transactional
    public RoundView create(RoundRequest req) {
        EvaluationRound r = new EvaluationRound();
        r.status = RoundStatus.OPEN;
        r.quorumPercent = DEFAULT_QUORUM_PERCENT;
        r.spreadLimit = DEFAULT_SPREAD_LIMIT;
        apply(r, req);
        r.touch(access.username());
        r.persist();
        audit.record(AUDIT_ROUND, r.id, "CREATED", AuditLog.diff(null, snapshot(r)), null, access.username());
        em.flush();
        return view(r);
    }

    @Transactional
    public RoundView update(long id, String ifMatch, RoundRequest req) {
        EvaluationRound r = find(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, r.version);
        requireOpen(r, "edit");
        Map<String, Object> before = snapshot(r);
        apply(r, req);
        boolean setupChanged = !before.get("level").equals(r.level.name())
                || !before.get("adminUnitCode").equals(r.adminUnitCode)
                || !before.get("rubricVersionId").equals(r.rubricVersionId);
        if (setupChanged && EvaluationEntry.count("roundId", r.id) > 0) {
            throw ProblemException.conflict("Round " + id + " has entries; its level, unit, legal basis and rubric "
                    + "version can no longer change");
        }
        r.touch(access.username());
        em.flush();
        audit.record(AUDIT_ROUND, r.id, "UPDATED", AuditLog.diff(before, snapshot(r)), null, access.username());
        return view(r);
    }

    @Transactional
    public CouncilView council(long id) {
        EvaluationRound r = find(id, LockModeType.NONE);
        access.requireRead(r);
        return councilView(r);
    }

    /** Replaces the council (members, quorum, spread limit) while the round is OPEN; the ETag is the round's. */
    @Transactional
    public CouncilView setCouncil(long id, String ifMatch, CouncilRequest req) {
        EvaluationRound r = find(id, LockModeType.PESSIMISTIC_WRITE);
        ETags.requireMatch(ifMatch, r.version);
        requireOpen(r, "change the council of");
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> usernames = new HashSet<>();
        for (int i = 0; i < req.members().size(); i++) {
            if (!usernames.add(req.members().get(i).username().trim())) {
                errors.add(new Problem.FieldError("members[" + i + "].username", "appears twice"));
            }
        }
        long chairs = req.members().stream().filter(MemberInput::chair).count();
        if (chairs != 1) {
            errors.add(new Problem.FieldError("members", "exactly one member must chair the council; " + chairs
                    + " do"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String before = councilView(r).toString();
        CouncilMember.delete("roundId", r.id);
        em.flush();
        for (int i = 0; i < req.members().size(); i++) {
            MemberInput in = req.members().get(i);
            CouncilMember m = new CouncilMember();
            m.roundId = r.id;
            m.username = in.username().trim();
            m.fullName = Text.clean(in.fullName());
            m.position = Text.clean(in.position());
            m.chair = in.chair();
            m.sortOrder = i;
            m.persist();
        }
        r.quorumPercent = req.quorumPercent() == null ? DEFAULT_QUORUM_PERCENT : req.quorumPercent();
        r.spreadLimit = (req.spreadLimit() == null ? DEFAULT_SPREAD_LIMIT : req.spreadLimit()).setScale(2);
        r.touch(access.username());
        em.flush();
        CouncilView after = councilView(r);
        audit.record(AUDIT_ROUND, r.id, "COUNCIL_SET", AuditLog.diff(Map.of("council", before),
                Map.of("council", after.toString())), null, access.username());
        return after;
    }

    /** The round's audit trail (setup, council, status changes, decision): the OCOP office and its council. */
    @Transactional
    public Page<AuditLog.Entry> audit(long id, PageRequest page) {
        EvaluationRound r = find(id, LockModeType.NONE);
        access.requireRead(r);
        if (!access.isOffice() && access.membership(r.id).isEmpty()) {
            throw ProblemException.forbidden("Only the OCOP office and members of the round's council read its trail");
        }
        return audit.history(AUDIT_ROUND, id, page);
    }

    /** OPEN → SCORING; a round whose level scores needs its council first. */
    @Transactional
    public RoundView startScoring(long id) {
        EvaluationRound r = find(id, LockModeType.PESSIMISTIC_WRITE);
        RoundStatus next = r.status.advance(RoundStatus.OPEN, "start scoring");
        if (ProcedureLevels.of(r).scores() && CouncilMember.count("roundId", r.id) == 0) {
            throw ProblemException.conflict("Round " + id + " has no council yet; set it before scoring starts");
        }
        return transition(r, next, "SCORING_STARTED", null);
    }

    /** SCORING → CLOSED: computes and stores every entry's result and forwards entries to the next level. */
    @Transactional
    public RoundView close(long id, Long forwardToRoundId) {
        EvaluationRound r = find(id, LockModeType.PESSIMISTIC_WRITE);
        RoundStatus next = r.status.advance(RoundStatus.SCORING, "close");
        String summary = closer.close(r, forwardToRoundId);
        r.closedAt = clock.now();
        r.closedBy = access.username();
        return transition(r, next, "CLOSED", summary);
    }

    /** CLOSED → FINALIZED: the results are confirmed; a recognition decision may be recorded on them. */
    @Transactional
    public RoundView finalizeRound(long id) {
        EvaluationRound r = find(id, LockModeType.PESSIMISTIC_WRITE);
        RoundStatus next = r.status.advance(RoundStatus.CLOSED, "finalize");
        r.finalizedAt = clock.now();
        r.finalizedBy = access.username();
        return transition(r, next, "FINALIZED", null);
    }

    /** Records the recognition decision on a FINALIZED round: a certificate for every RECOGNISED entry. */
    @Transactional
    public DecisionView decide(long id, DecisionRequest req) {
        EvaluationRound r = find(id, LockModeType.PESSIMISTIC_WRITE);
        if (r.status != RoundStatus.FINALIZED) {
            throw ProblemException.conflict("Round " + id + " is " + r.status + "; a decision is recorded only on a "
                    + "FINALIZED round");
        }
        if (r.level == EvaluationLevel.COMMUNE) {
            throw ProblemException.conflict("A commune round recognises no stars; its entries go up to the province");
        }
        if (em.createQuery("select count(d) from RecognitionDecision d where d.evaluationRoundId = :r", Long.class)
                .setParameter("r", r.id).getSingleResult() > 0) {
            throw ProblemException.conflict("A decision on round " + id + " is already recorded");
        }
        List<Object[]> recognised = em.createQuery("select e.id, e.productId, res.stars from EvaluationResult res, "
                + "EvaluationEntry e where e.id = res.entryId and res.roundId = :r and res.outcome = :o order by e.id",
                Object[].class).setParameter("r", r.id).setParameter("o", EntryOutcome.RECOGNISED).getResultList();
        if (recognised.isEmpty()) {
            throw ProblemException.conflict("Round " + id + " recognised no product; there is nothing to decide");
        }
        DecisionView decision = certificates.recordDecision(new CertificateDtos.DecisionRequest(req.number(),
                req.decidedOn(), req.signer(), DecisionLevel.valueOf(r.level.name()), r.adminUnitCode, r.legalBasisCode,
                recognised.stream().map(row -> new CertificateDtos.Recognition((Long) row[1], (Integer) row[2])).toList()),
                r.id);
        String actor = access.username();
        audit.record(AUDIT_ROUND, r.id, "DECISION_RECORDED", null, decision.number() + " of " + decision.decidedOn()
                + ": " + recognised.size() + " products", actor);
        for (Object[] row : recognised) {
            audit.record(AUDIT_ENTRY, row[0], "RECOGNISED", null, row[2] + "★ by decision " + decision.number(), actor);
        }
        return decision;
    }

    private RoundView transition(EvaluationRound r, RoundStatus next, String action, String note) {
        RoundStatus from = r.status;
        r.status = next;
        r.touch(access.username());
        em.flush();
        audit.record(AUDIT_ROUND, r.id, action, AuditLog.diff(Map.of("status", from.name()),
                Map.of("status", next.name())), note, access.username());
        return view(r);
    }

    private void apply(EvaluationRound r, RoundRequest req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LegalBasis basis = LegalBasis.findById(req.legalBasisCode());
        if (basis == null) {
            errors.add(new Problem.FieldError("legalBasisCode", "is not a known legal basis"));
        } else if (ProcedureLevels.find(basis.code, req.level()).isEmpty()) {
            errors.add(new Problem.FieldError("level", req.level() + " is not a level of the procedure of "
                    + basis.code));
        }
        AdminUnit unit = AdminUnit.findById(req.adminUnitCode().trim());
        if (unit == null) {
            errors.add(new Problem.FieldError("adminUnitCode", "unknown admin unit " + req.adminUnitCode()));
        } else if (!req.level().heldBy(unit.type)) {
            errors.add(new Problem.FieldError("adminUnitCode", "a " + unit.type + " does not hold " + req.level()
                    + " rounds"));
        }
        RubricVersion version = RubricVersion.findById(req.rubricVersionId());
        if (version == null) {
            errors.add(new Problem.FieldError("rubricVersionId", "no rubric version " + req.rubricVersionId()));
        } else if (version.status != RubricStatus.PUBLISHED) {
            errors.add(new Problem.FieldError("rubricVersionId", "rubric version " + version.id + " is a "
                    + version.status + "; rounds score on PUBLISHED versions"));
        } else if (!version.legalBasisCode.equals(req.legalBasisCode())) {
            errors.add(new Problem.FieldError("rubricVersionId", "rubric version " + version.id + " belongs to "
                    + version.legalBasisCode));
        }
        if (req.closesOn().isBefore(req.opensOn())) {
            errors.add(new Problem.FieldError("closesOn", "must not be before opensOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        String name = Text.clean(req.name());
        r.name = name != null
                ? name
                : "Đánh giá, phân hạng sản phẩm OCOP " + LEVEL_NAMES.get(req.level()) + " năm "
                        + req.year() + " — " + unit.name;
        r.year = req.year();
        r.level = req.level();
        r.adminUnitCode = unit.code;
        r.districtCode = AdminUnitChain.districtOf(unit);
        r.legalBasisCode = basis.code;
        r.rubricVersionId = version.id;
        r.opensOn = req.opensOn();
        r.closesOn = req.closesOn();
    }

    private static void requireOpen(EvaluationRound r, String action) {
        if (r.status != RoundStatus.OPEN) {
            throw ProblemException.conflict("Cannot " + action + " round " + r.id + ": it is " + r.status
                    + "; only an OPEN round can change");
        }
    }

    private static Map<String, Object> snapshot(EvaluationRound r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", r.name);
        s.put("year", r.year);
        s.put("level", r.level.name());
        s.put("adminUnitCode", r.adminUnitCode);
        s.put("legalBasisCode", r.legalBasisCode);
        s.put("rubricVersionId", r.rubricVersionId);
        s.put("opensOn", r.opensOn.toString());
        s.put("closesOn", r.closesOn.toString());
        return s;
    }

    private static CouncilView councilView(EvaluationRound r) {
        List<MemberView> members = CouncilMember.<CouncilMember>list("roundId", Sort.by("sortOrder"), r.id).stream()
                .map(m -> new MemberView(m.username, m.fullName, m.position, m.chair)).toList();
        return new CouncilView(r.id, r.quorumPercent, r.spreadLimit, members, r.version);
    }

    private RoundView view(EvaluationRound r) {
        return views(List.of(r)).get(r.id);
    }

    /** The views of a page of rounds with their counts: a fixed handful of queries, whatever the page size. */
    private Map<Long, RoundView> views(List<EvaluationRound> rounds) {
        if (rounds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = rounds.stream().map(r -> r.id).toList();
        Map<String, String> unitNames = adminUnits.names(rounds.stream().map(r -> r.adminUnitCode).toList());
        Map<Long, Long> members = new HashMap<>();
        Map<Long, String> chairs = new HashMap<>();
        for (Object[] row : em.createQuery("select m.roundId, count(m), max(case when m.chair = true then m.username "
                + "end) from CouncilMember m where m.roundId in :ids group by m.roundId", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            members.put((Long) row[0], (Long) row[1]);
            chairs.put((Long) row[0], (String) row[2]);
        }
        Map<Long, Long> entries = counts("select e.roundId, count(e) from EvaluationEntry e where e.roundId in :ids "
                + "group by e.roundId", ids);
        Map<Long, Long> decisions = counts("select d.evaluationRoundId, d.id from RecognitionDecision d "
                + "where d.evaluationRoundId in :ids", ids);
        Map<Long, Map<EntryOutcome, Long>> outcomes = new HashMap<>();
        for (Object[] row : em.createQuery("select res.roundId, res.outcome, count(res) from EvaluationResult res "
                + "where res.roundId in :ids group by res.roundId, res.outcome", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            outcomes.computeIfAbsent((Long) row[0], k -> new EnumMap<>(EntryOutcome.class))
                    .put((EntryOutcome) row[1], (Long) row[2]);
        }
        Map<Long, RoundView> out = new HashMap<>();
        for (EvaluationRound r : rounds) {
            out.put(r.id, new RoundView(r.id, r.name, r.year, r.level, r.adminUnitCode, unitNames.get(r.adminUnitCode),
                    r.districtCode, r.legalBasisCode, r.rubricVersionId, r.opensOn, r.closesOn, r.status,
                    r.quorumPercent, r.spreadLimit, members.getOrDefault(r.id, 0L), chairs.get(r.id),
                    entries.getOrDefault(r.id, 0L), r.status.closed() ? outcomes.getOrDefault(r.id, Map.of()) : null,
                    decisions.get(r.id), r.closedAt, r.closedBy, r.finalizedAt, r.finalizedBy, r.version, r.createdAt,
                    r.createdBy, r.updatedAt, r.updatedBy));
        }
        return out;
    }

    private Map<Long, Long> counts(String hql, List<Long> ids) {
        Map<Long, Long> out = new HashMap<>();
        em.createQuery(hql, Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> out.put((Long) row[0], (Long) row[1]));
        return out;
    }

    static EvaluationRound find(long id, LockModeType lock) {
        EvaluationRound r = EvaluationRound.findById(id, lock);
        if (r == null) {
            throw ProblemException.notFound("Evaluation round", id);
        }
        return r;
    }
}
