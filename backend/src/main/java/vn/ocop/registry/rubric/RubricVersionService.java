package vn.ocop.registry.rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.productgroup.LegalBasis;
import vn.ocop.registry.rubric.RubricDtos.RubricFindingView;
import vn.ocop.registry.rubric.RubricDtos.RubricPartTotal;
import vn.ocop.registry.rubric.RubricDtos.RubricPublishRequest;
import vn.ocop.registry.rubric.RubricDtos.RubricVersionRequest;
import vn.ocop.registry.rubric.RubricDtos.RubricVersionView;
import vn.ocop.registry.rubric.RubricDtos.StarBand;

/** Rubric versions: drafts the OCOP office edits, publication (through {@link RubricPublisher}), and the read views. */
@ApplicationScoped
public class RubricVersionService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "legalBasisCode",
            "legalBasisCode", "status", "status", "effectiveFrom", "effectiveFrom", "createdAt", "createdAt");
    static final String AUDIT_TYPE = "RubricVersion";

    @Inject
    EntityManager em;
    @Inject
    RubricContent content;
    @Inject
    RubricSheetWriter writer;
    @Inject
    UnitScope scope;
    @Inject
    AuditLog audit;
    @Inject
    ProvinceClock clock;
    @Inject
    RubricPublisher publisher;
    @Inject
    RubricVersionChoice choice;

    @Transactional
    public Page<RubricVersionView> list(RubricVersionFilter f, PageRequest page) {
        Where where = new Where()
                .and("legalBasisCode = :basis", "basis", f.legalBasisCode())
                .and("status = :status", "status", f.status())
                .and("effectiveFrom <= :on and (effectiveTo is null or effectiveTo >= :on)", "on", f.effectiveOn())
                .matches("name", "q", f.q());
        Page<RubricVersion> rows = page.fetch(RubricVersion.find(where.hql(), page.toSort("id"), where.params()),
                Function.identity());
        Map<Long, RubricVersionView> views = views(rows.items());
        return rows.map(v -> views.get(v.id));
    }

    @Transactional
    public RubricVersionView get(long id) {
        return view(find(id));
    }

    @Transactional
    public RubricVersionView create(RubricVersionRequest req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (LegalBasis.findById(req.legalBasisCode()) == null) {
            errors.add(new Problem.FieldError("legalBasisCode", "is not a known legal basis"));
        }
        RubricVersion source = null;
        if (req.copyOfVersionId() != null) {
            source = RubricVersion.findById(req.copyOfVersionId());
            if (source == null) {
                errors.add(new Problem.FieldError("copyOfVersionId", "no rubric version " + req.copyOfVersionId()));
            } else if (!source.legalBasisCode.equals(req.legalBasisCode())) {
                errors.add(new Problem.FieldError("copyOfVersionId", "is a version of " + source.legalBasisCode
                        + "; copy only within one legal basis (product sets differ between decisions)"));
            }
        }
        List<RubricPartTotal> parts = req.parts() != null ? req.parts() : source != null ? content.partTotals(source.id) : null;
        List<StarBand> bands = req.starBands() != null ? req.starBands() : source != null ? content.starBands(source.id) : null;
        checkHeader(req, parts, bands, errors);
        String actor = scope.username();
        RubricVersion v = new RubricVersion();
        v.legalBasisCode = req.legalBasisCode();
        v.status = RubricStatus.DRAFT;
        applyHeader(v, req);
        v.touch(actor);
        v.persist();
        content.writeHeader(v.id, parts, bands);
        if (source != null) {
            writer.copySheets(source.id, v, actor);
        }
        content.revalidate(v, content.sheetIds(v.id));
        audit.record(AUDIT_TYPE, v.id, "CREATED", AuditLog.diff(null, snapshot(v)),
                source == null ? null : "copy of rubric version " + source.id, actor);
        em.flush();
        return view(v);
    }

    @Transactional
    public RubricVersionView update(long id, ExpectedVersion expected, RubricVersionRequest req) {
        RubricVersion v = lockDraft(id);
        expected.check(v.version);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!v.legalBasisCode.equals(req.legalBasisCode())) {
            errors.add(new Problem.FieldError("legalBasisCode", "cannot change; create a version of the other legal basis"));
        }
        if (req.copyOfVersionId() != null) {
            errors.add(new Problem.FieldError("copyOfVersionId", "applies only when creating a version"));
        }
        checkHeader(req, req.parts(), req.starBands(), errors);
        Map<String, Object> before = snapshot(v);
        applyHeader(v, req);
        v.touch(scope.username());
        content.writeHeader(v.id, req.parts(), req.starBands());
        content.revalidate(v, content.sheetIds(v.id));
        audit.record(AUDIT_TYPE, v.id, "UPDATED", AuditLog.diff(before, snapshot(v)), null, scope.username());
        em.flush();
        return view(v);
    }

    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        RubricVersion v = lockDraft(id);
        expected.check(v.version);
        audit.record(AUDIT_TYPE, v.id, "DELETED", null, v.name, scope.username());
        v.delete();
        em.flush();
    }

    /**
     * Validates the draft and freezes it. A version with ERROR findings is published only deliberately: 409 listing
     * the findings the request does not accept, 400 for an acceptance without a reason or naming no finding.
     */
    @Transactional
    public RubricVersionView publish(long id, ExpectedVersion expected, RubricPublishRequest req) {
        RubricVersion v = lockDraft(id);
        expected.checkIfSent(v.version);
        publisher.publish(v, req == null ? FindingAcceptance.NONE : req, scope.username());
        return view(v);
    }

    @Transactional
    public Page<AuditLog.AuditEntry> history(long id, PageRequest page) {
        find(id);
        return audit.history(AUDIT_TYPE, id, page);
    }

    /** The version, locked against concurrent edits and publication; 409 when it is already published. */
    static RubricVersion lockDraft(long id) {
        RubricVersion v = RubricVersion.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (v == null) {
            throw ProblemException.notFound("Rubric version", id);
        }
        if (v.status != RubricStatus.DRAFT) {
            throw ProblemException.conflict("Rubric version " + id + " is published and can no longer change; "
                    + "create a new version (copyOfVersionId) instead");
        }
        return v;
    }

    private static void checkHeader(RubricVersionRequest req, List<RubricPartTotal> parts, List<StarBand> bands,
            List<Problem.FieldError> errors) {
        if (parts == null) {
            errors.add(new Problem.FieldError("parts", "is required unless copying a version"));
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < parts.size(); i++) {
                if (!codes.add(parts.get(i).code())) {
                    errors.add(new Problem.FieldError("parts[" + i + "].code", "appears twice"));
                }
            }
        }
        if (bands == null) {
            errors.add(new Problem.FieldError("starBands", "is required unless copying a version"));
        } else {
            Set<Integer> stars = new HashSet<>();
            for (int i = 0; i < bands.size(); i++) {
                if (!stars.add(bands.get(i).stars())) {
                    errors.add(new Problem.FieldError("starBands[" + i + "].stars", "appears twice"));
                }
            }
        }
        if (req.effectiveTo() != null && req.effectiveTo().isBefore(req.effectiveFrom())) {
            errors.add(new Problem.FieldError("effectiveTo", "must not be before effectiveFrom"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void applyHeader(RubricVersion v, RubricVersionRequest req) {
        v.name = Text.clean(req.name());
        v.effectiveFrom = req.effectiveFrom();
        v.effectiveTo = req.effectiveTo();
    }

    private static Map<String, Object> snapshot(RubricVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", v.name);
        m.put("effectiveFrom", String.valueOf(v.effectiveFrom));
        m.put("effectiveTo", v.effectiveTo == null ? null : v.effectiveTo.toString());
        return m;
    }

    private RubricVersionView view(RubricVersion v) {
        return views(List.of(v)).get(v.id);
    }

    private Map<Long, RubricVersionView> views(List<RubricVersion> versions) {
        List<Long> ids = versions.stream().map(v -> v.id).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<RubricPartTotal>> parts = content.partTotals(ids);
        Map<Long, List<StarBand>> bands = content.starBands(ids);
        Map<Long, List<RubricFindingView>> findings = content.versionFindings(ids);
        Map<Long, Long> sheetCounts = counts("select new VersionCount(s.rubricVersionId, count(s)) from RubricSheet s "
                + "where s.rubricVersionId in :ids group by s.rubricVersionId", ids);
        Map<Long, Long> invalidCounts = counts(
                "select new VersionCount(f.rubricVersionId, count(distinct f.rubricSheetId)) from RubricFinding f "
                        + "where f.rubricVersionId in :ids and f.rubricSheetId is not null and f.severity = vn.ocop.registry.rubric.FindingSeverity.ERROR "
                        + "group by f.rubricVersionId",
                ids);
        Map<String, Long> current = choice.newest(versions.stream().map(v -> v.legalBasisCode).distinct().toList());
        Map<Long, RubricVersionView> out = new HashMap<>();
        for (RubricVersion v : versions) {
            List<RubricFindingView> own = findings.getOrDefault(v.id, List.of());
            long invalid = invalidCounts.getOrDefault(v.id, 0L);
            boolean valid = invalid == 0 && own.stream().noneMatch(f -> f.severity() == FindingSeverity.ERROR);
            out.put(v.id, new RubricVersionView(v.id, v.legalBasisCode, v.name, v.status, v.effectiveFrom, v.effectiveTo,
                    parts.getOrDefault(v.id, List.of()), bands.getOrDefault(v.id, List.of()),
                    sheetCounts.getOrDefault(v.id, 0L), invalid, valid, v.id.equals(current.get(v.legalBasisCode)), own,
                    v.publishedAt, v.publishedBy, v.version,
                    v.createdAt, v.createdBy, v.updatedAt, v.updatedBy));
        }
        return out;
    }

    /** Per-version counts of {@code hql}, which selects {@code new VersionCount(id, count)}. */
    private Map<Long, Long> counts(String hql, List<Long> ids) {
        Map<Long, Long> out = new HashMap<>();
        em.createQuery(hql, VersionCount.class).setParameter("ids", ids).getResultList()
                .forEach(r -> out.put(r.versionId(), r.count()));
        return out;
    }

    record VersionCount(long versionId, long count) {
    }

    static RubricVersion find(long id) {
        RubricVersion v = RubricVersion.findById(id);
        if (v == null) {
            throw ProblemException.notFound("Rubric version", id);
        }
        return v;
    }
}
