package vn.ocop.registry.rubric;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.SqlRow;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.productgroup.ProductSet;
import vn.ocop.registry.rubric.RubricDtos.RubricCriterionView;
import vn.ocop.registry.rubric.RubricDtos.RubricEliminationConditionView;
import vn.ocop.registry.rubric.RubricDtos.RubricFindingView;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetPartView;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetSummary;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetView;
import vn.ocop.registry.rubric.RubricDtos.ScorePreview;
import vn.ocop.registry.rubric.RubricDtos.ScorePreviewRequest;

/** The score sheets of a rubric version: read by everyone signed in, written by the OCOP office in drafts only. */
@ApplicationScoped
public class RubricSheetService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "number", "number", "name", "name");
    private static final String AUDIT_TYPE = "RubricSheet";

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

    @Transactional
    public Page<RubricSheetSummary> list(long versionId, RubricSheetFilter filter, PageRequest page) {
        RubricVersionService.find(versionId);
        Where where = new Where().and("rubricVersionId = :v", "v", versionId).matches("name", "q", filter.q());
        Page<RubricSheet> rows = page.fetch(RubricSheet.find(where.hql(), page.toSort("id"), where.params()),
                Function.identity());
        List<Long> ids = rows.items().stream().map(s -> s.id).toList();
        Map<Long, List<RubricFindingView>> findings = content.sheetFindings(ids);
        Map<Long, long[]> totals = new HashMap<>();
        if (!ids.isEmpty()) {
            for (SqlRow r : SqlRow.list(em.createNativeQuery("""
                    SELECT c.rubric_sheet_id AS sheet, count(*) AS criteria, coalesce(sum(b.best), 0) AS best
                    FROM rubric_criterion c
                    LEFT JOIN (SELECT criterion_id, max(points) AS best FROM rubric_option
                               WHERE rubric_sheet_id IN (:ids) GROUP BY criterion_id) b ON b.criterion_id = c.id
                    WHERE c.rubric_sheet_id IN (:ids)
                    GROUP BY c.rubric_sheet_id""", Tuple.class).setParameter("ids", ids))) {
                totals.put(r.number("sheet"), new long[]{r.number("criteria"), r.number("best")});
            }
        }
        return rows.map(s -> {
            List<RubricFindingView> f = findings.getOrDefault(s.id, List.of());
            long[] t = totals.getOrDefault(s.id, new long[2]);
            return new RubricSheetSummary(s.id, s.rubricVersionId, s.productSetId, s.number, s.name, s.industry, s.groupName,
                    t[0], t[1], isValid(f), f);
        });
    }

    @Transactional
    public RubricSheetView get(long id) {
        return view(find(id));
    }

    @Transactional
    public Page<AuditLog.AuditEntry> history(long id, PageRequest page) {
        find(id);
        return audit.history(AUDIT_TYPE, id, page);
    }

    @Transactional
    public RubricSheetView create(long versionId, RubricSheetDocument doc) {
        RubricVersion v = RubricVersionService.lockDraft(versionId);
        long productSetId = productSet(v, doc);
        if (RubricSheet.count("rubricVersionId = ?1 and number = ?2", v.id, doc.sheet().number()) > 0) {
            throw ProblemException.conflict("Rubric version " + v.id + " already has a sheet for product set "
                    + doc.sheet().number() + "; replace it with PUT");
        }
        String actor = scope.username();
        RubricSheet s = new RubricSheet();
        s.rubricVersionId = v.id;
        RubricSheetWriter.applyInfo(s, productSetId, doc.sheet());
        s.touch(actor);
        s.persist();
        writer.write(s, doc);
        content.revalidate(v, List.of(s.id));
        audit.record(AUDIT_TYPE, s.id, "CREATED", null, "sheet " + s.number + " of rubric version " + v.id, actor);
        em.flush();
        return view(s);
    }

    /** Replaces a draft sheet's content with the document; ids of its criteria and options change. */
    @Transactional
    public RubricSheetView update(long id, ExpectedVersion expected, RubricSheetDocument doc) {
        RubricSheet s = find(id);
        RubricVersion v = RubricVersionService.lockDraft(s.rubricVersionId);
        expected.check(s.version);
        long productSetId = productSet(v, doc);
        if (RubricSheet.count("rubricVersionId = ?1 and number = ?2 and id <> ?3", v.id, doc.sheet().number(), s.id) > 0) {
            throw ProblemException.conflict("Rubric version " + v.id + " already has another sheet for product set "
                    + doc.sheet().number());
        }
        writer.clear(s.id);
        RubricSheetWriter.applyInfo(s, productSetId, doc.sheet());
        s.touch(scope.username());
        writer.write(s, doc);
        content.revalidate(v, List.of(s.id));
        audit.record(AUDIT_TYPE, s.id, "REPLACED", null, "sheet " + s.number + " of rubric version " + v.id,
                scope.username());
        em.flush();
        return view(s);
    }

    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        RubricSheet s = find(id);
        RubricVersion v = RubricVersionService.lockDraft(s.rubricVersionId);
        expected.check(s.version);
        audit.record(AUDIT_TYPE, s.id, "DELETED", null, "sheet " + s.number + " of rubric version " + v.id,
                scope.username());
        s.delete();
        em.flush();
        content.revalidate(v, List.of());
    }

    /** The total, stars and elimination a complete sheet with these options gets; nothing is stored. */
    @Transactional
    public ScorePreview preview(long id, ScorePreviewRequest req) {
        RubricSheet s = find(id);
        List<RubricSheetPartView> parts = content.parts(s.id);
        SheetTotals.Result totals;
        try {
            totals = SheetTotals.compute(parts, req.optionIds());
        } catch (SheetTotals.InvalidChoice e) {
            throw ProblemException.invalid(e.problems().stream().map(p -> new Problem.FieldError("optionIds", p)).toList());
        }
        if (!totals.unanswered().isEmpty()) {
            throw ProblemException.invalid("optionIds", "no option chosen for " + String.join(", ", totals.unanswered()));
        }
        List<Long> eliminatedBy;
        try {
            eliminatedBy = Elimination.met(content.eliminationConditions(List.of(s.id)).getOrDefault(s.id, List.of()),
                    req.eliminationConditionIds() == null ? List.of() : req.eliminationConditionIds());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("eliminationConditionIds", e.getMessage());
        }
        int bandStars;
        try {
            bandStars = new StarRating(content.starBands(s.rubricVersionId)).starsFor(BigDecimal.valueOf(totals.total()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict("The rubric version's star bands are incomplete: " + e.getMessage());
        }
        Map<Long, BigDecimal> points = new HashMap<>();
        totals.points().forEach((criterion, p) -> points.put(criterion, BigDecimal.valueOf(p)));
        List<RubricCriterionView> criteria = parts.stream().flatMap(p -> p.criteria().stream()).toList();
        StarMinimums.Result gate = StarMinimums.cap(bandStars, criteria, points);
        boolean eliminated = !eliminatedBy.isEmpty();
        return new ScorePreview(totals.total(), new LinkedHashMap<>(totals.parts()), bandStars,
                eliminated ? null : gate.stars(), gate.shortfalls(), eliminated, eliminatedBy);
    }

    private static long productSet(RubricVersion v, RubricSheetDocument doc) {
        List<Problem.FieldError> errors = doc.problems();
        ProductSet set = ProductSet.find("legalBasisCode = ?1 and number = ?2", v.legalBasisCode, doc.sheet().number())
                .firstResult();
        if (set == null) {
            errors.add(new Problem.FieldError("sheet.number", "no product set " + doc.sheet().number() + " under "
                    + v.legalBasisCode));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return set.id;
    }

    private RubricSheetView view(RubricSheet s) {
        RubricVersion v = RubricVersion.findById(s.rubricVersionId);
        List<RubricSheetPartView> parts = content.parts(s.id);
        List<RubricFindingView> findings = content.sheetFindings(List.of(s.id)).getOrDefault(s.id, List.of());
        List<RubricEliminationConditionView> conditions = content.eliminationConditions(List.of(s.id)).getOrDefault(s.id,
                List.of());
        return new RubricSheetView(s.id, v.id, v.legalBasisCode, v.status, s.productSetId, s.number, s.name, s.industry,
                s.groupName, s.managingMinistry, parts.stream().mapToInt(RubricSheetPartView::bestTotal).sum(),
                isValid(findings),
                findings, conditions, parts, s.version, s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
    }

    private static boolean isValid(List<RubricFindingView> findings) {
        return findings.stream().noneMatch(f -> f.severity() == FindingSeverity.ERROR);
    }

    private static RubricSheet find(long id) {
        RubricSheet s = RubricSheet.findById(id);
        if (s == null) {
            throw ProblemException.notFound("Rubric sheet", id);
        }
        return s;
    }
}
