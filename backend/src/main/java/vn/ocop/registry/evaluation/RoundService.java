package vn.ocop.registry.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.evaluation.RoundDtos.EvaluationRoundRequest;
import vn.ocop.registry.evaluation.RoundDtos.RoundView;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.productgroup.LegalBases;
import vn.ocop.registry.productgroup.LegalBasis;
import vn.ocop.registry.rubric.RubricVersion;

/**
 * Evaluation rounds: set up (and edited while OPEN) by the OCOP office, listed and read within the caller's
 * district, with their audit trail. The council is {@link RoundCouncil}'s, the statuses {@link RoundLifecycle}'s.
 */
@ApplicationScoped
public class RoundService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "year", "year", "level",
            "level", "status", "status", "opensOn", "opensOn", "closesOn", "closesOn", "createdAt", "createdAt");
    static final String AUDIT_ROUND = "EvaluationRound";
    static final String AUDIT_ENTRY = "EvaluationEntry";
    private static final Map<EvaluationLevel, String> LEVEL_NAMES = Map.of(EvaluationLevel.COMMUNE, "cấp xã",
            EvaluationLevel.DISTRICT, "cấp huyện", EvaluationLevel.PROVINCIAL, "cấp tỉnh", EvaluationLevel.CENTRAL,
            "cấp Trung ương");

    @Inject
    EntityManager em;
    @Inject
    EvaluationAccess access;
    @Inject
    AuditLog audit;
    @Inject
    RoundViews views;
    @Inject
    LegalBases legalBases;
    @Inject
    RoundRubrics rubrics;

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
        Map<Long, RoundView> views = this.views.of(rows.items());
        return rows.map(r -> views.get(r.id));
    }

    @Transactional
    public RoundView get(long id) {
        EvaluationRound r = find(id, LockModeType.NONE);
        access.requireRead(r);
        return views.of(r);
    }

    @Transactional
    public RoundView create(EvaluationRoundRequest req) {
        EvaluationRound r = new EvaluationRound();
        r.status = RoundStatus.OPEN;
        r.quorumPercent = RoundCouncil.DEFAULT_QUORUM_PERCENT;
        r.spreadLimit = RoundCouncil.DEFAULT_SPREAD_LIMIT;
        apply(r, req);
        r.touch(access.username());
        r.persist();
        audit.record(AUDIT_ROUND, r.id, "CREATED", AuditLog.diff(null, snapshot(r)), null, access.username());
        em.flush();
        return views.of(r);
    }

    @Transactional
    public RoundView update(long id, ExpectedVersion expected, EvaluationRoundRequest req) {
        EvaluationRound r = find(id, LockModeType.PESSIMISTIC_WRITE);
        expected.check(r.version);
        requireOpen(r, "edit");
        Map<String, Object> before = snapshot(r);
        apply(r, req);
        boolean setupChanged = !before.get("level").equals(r.level.name())
                || !before.get("adminUnitCode").equals(r.adminUnitCode)
                || !before.get("legalBasisCode").equals(r.legalBasisCode)
                || !before.get("rubricVersionId").equals(r.rubricVersionId);
        if (setupChanged && EvaluationEntry.count("roundId", r.id) > 0) {
            throw ProblemException.conflict("Round " + id + " has entries; its level, unit, legal basis and rubric "
                    + "version can no longer change");
        }
        r.touch(access.username());
        em.flush();
        audit.record(AUDIT_ROUND, r.id, "UPDATED", AuditLog.diff(before, snapshot(r)), null, access.username());
        return views.of(r);
    }

    /** The round's audit trail (setup, council, status changes, decision): the OCOP office and its council. */
    @Transactional
    public Page<AuditLog.AuditEntry> history(long id, PageRequest page) {
        EvaluationRound r = find(id, LockModeType.NONE);
        access.requireRead(r);
        if (!access.isOffice() && access.membership(r.id).isEmpty()) {
            throw ProblemException.forbidden("Only the OCOP office and members of the round's council read its trail");
        }
        return audit.history(AUDIT_ROUND, id, page);
    }

    /**
     * The round follows the legal basis in force on its opening day ({@link LegalBases}): naming another is a 400
     * that names the one in force. It scores on a PUBLISHED rubric version of the basis whose sheets that basis uses
     * (1489: 148's) in effect on that day, the latest such version when none is named.
     */
    private void apply(EvaluationRound r, EvaluationRoundRequest req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LegalBasis basis = legalBases.governing(req.legalBasisCode(), req.opensOn(), "opensOn", "legalBasisCode",
                "a round opened", errors);
        if (basis != null && ProcedureLevels.find(basis.code, req.level()).isEmpty()) {
            errors.add(new Problem.FieldError("level", req.level() + " is not a level of the procedure of "
                    + basis.code));
        }
        AdminUnit unit = AdminUnit.asOf(req.adminUnitCode().trim(), req.opensOn());
        if (unit == null) {
            errors.add(new Problem.FieldError("adminUnitCode", "unknown admin unit " + req.adminUnitCode()));
        } else if (!unit.isValidOn(req.opensOn())) {
            errors.add(new Problem.FieldError("adminUnitCode", unit.code + " " + unit.name + " was an admin unit "
                    + unit.validFrom + " – " + (unit.validTo == null ? "" : unit.validTo) + ", not on " + req.opensOn()
                    + "; a round is held by a unit of its opening day"));
        } else if (!req.level().heldBy(unit.type)) {
            errors.add(new Problem.FieldError("adminUnitCode", "a " + unit.type + " does not hold " + req.level()
                    + " rounds"));
        }
        RubricVersion version = basis == null
                ? null
                : rubrics.version(basis, req.rubricVersionId(), req.opensOn(), errors);
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

    static void requireOpen(EvaluationRound r, String action) {
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

    static EvaluationRound find(long id, LockModeType lock) {
        EvaluationRound r = EvaluationRound.findById(id, lock);
        if (r == null) {
            throw ProblemException.notFound("Evaluation round", id);
        }
        return r;
    }
}
