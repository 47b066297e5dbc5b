package vn.ocop.registry.procedure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Flush;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureLevelView;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureRequest;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureView;

/** The evaluation procedure of each legal basis: read by every signed-in role, edited by the OCOP office. */
@ApplicationScoped
public class ProcedureService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "legalBasisCode", "legalBasisCode", "name", "name");

    static final String AUDIT_TYPE = "Procedure";

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;
    @Inject
    AuditLog audit;

    @Transactional
    public Page<ProcedureView> list(ProcedureFilter f, PageRequest page) {
        Where where = new Where().and("legalBasisCode = :basis", "basis", f.legalBasisCode());
        Page<EvaluationProcedure> rows = page.fetch(EvaluationProcedure.find(where.hql(), page.toSort("id"), where.params()),
                Function.identity());
        Map<Long, List<ProcedureLevelView>> levels = levels(rows.items().stream().map(p -> p.id).toList());
        return rows.map(p -> view(p, levels));
    }

    @Transactional
    public ProcedureView get(long id) {
        EvaluationProcedure p = find(id);
        return view(p, levels(List.of(p.id)));
    }

    @Transactional
    public Page<AuditLog.AuditEntry> history(long id, PageRequest page) {
        find(id);
        return audit.history(AUDIT_TYPE, id, page);
    }

    /**
     * Levels are replaced only when they change. Rounds read their level's rules when they apply them, so
     * an edit reaches rounds still open or scoring; closed rounds keep the results they stored.
     */
    @Transactional
    public ProcedureView update(long id, ExpectedVersion expected, ProcedureRequest req) {
        EvaluationProcedure p = find(id);
        expected.check(p.version);
        List<Problem.FieldError> errors = ProcedureRules.problems(req.levels());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<ProcedureLevelView> wanted = req.levels().stream().sorted((a, b) -> a.level().compareTo(b.level()))
                .map(l -> new ProcedureLevelView(l.level(), l.checksDossier(), l.ratesLocalOrigin(), l.scores(),
                        l.forwardMinScore() == null ? null : l.forwardMinScore().setScale(2),
                        l.minRecognisedStars(), l.maxRecognisedStars(), Text.clean(l.description())))
                .toList();
        List<ProcedureLevelView> current = levels(List.of(p.id)).getOrDefault(p.id, List.of());
        Map<String, Object> before = snapshot(p, current);
        p.name = Text.clean(req.name());
        p.description = Text.clean(req.description());
        p.touch(scope.username());
        Flush.orConflict(em, () -> {
            if (!wanted.equals(current)) {
                ProcedureLevel.delete("procedureId", p.id);
                wanted.forEach(l -> persist(p.id, l));
            }
        }, () -> "Procedure " + id + " could not be changed: other data refers to its levels");
        audit.record(AUDIT_TYPE, p.id, "UPDATED", AuditLog.diff(before, snapshot(p, wanted)), null, scope.username());
        return view(p, Map.of(p.id, wanted));
    }

    private static void persist(long procedureId, ProcedureLevelView l) {
        ProcedureLevel row = new ProcedureLevel();
        row.procedureId = procedureId;
        row.level = l.level();
        row.checksDossier = l.checksDossier();
        row.ratesLocalOrigin = l.ratesLocalOrigin();
        row.scores = l.scores();
        row.forwardMinScore = l.forwardMinScore();
        row.minRecognisedStars = l.minRecognisedStars();
        row.maxRecognisedStars = l.maxRecognisedStars();
        row.description = l.description();
        row.persist();
    }

    private static Map<String, Object> snapshot(EvaluationProcedure p, List<ProcedureLevelView> levels) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name);
        m.put("description", p.description);
        m.put("levels", levels.toString());
        return m;
    }

    private static Map<Long, List<ProcedureLevelView>> levels(List<Long> procedureIds) {
        Map<Long, List<ProcedureLevelView>> out = new HashMap<>();
        if (procedureIds.isEmpty()) {
            return out;
        }
        ProcedureLevel.<ProcedureLevel>list("procedureId in ?1", Sort.by("procedureId"), procedureIds).stream()
                .sorted((a, b) -> a.level.compareTo(b.level))
                .forEach(l -> out.computeIfAbsent(l.procedureId, k -> new ArrayList<>()).add(l.rules()));
        return out;
    }

    private static ProcedureView view(EvaluationProcedure p, Map<Long, List<ProcedureLevelView>> levels) {
        return new ProcedureView(p.id, p.legalBasisCode, p.name, p.description, levels.getOrDefault(p.id, List.of()),
                p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }

    private static EvaluationProcedure find(long id) {
        EvaluationProcedure p = EvaluationProcedure.findById(id);
        if (p == null) {
            throw ProblemException.notFound("Procedure", id);
        }
        return p;
    }
}
