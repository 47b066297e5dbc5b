package vn.ocop.registry.rubric;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.panache.common.Sort;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProblemTypes;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.rubric.RubricDtos.RubricPublishRequest;

/** Publication of a rubric version: revalidate, require the ERROR findings to be accepted, freeze. */
@ApplicationScoped
class RubricPublisher {
    @Inject
    EntityManager em;
    @Inject
    RubricContent content;
    @Inject
    AuditLog audit;
    @Inject
    ProvinceClock clock;

    /**
     * The one way a version becomes PUBLISHED, for the office and the seed alike: revalidate, require every ERROR
     * finding to be accepted, record who accepted which and why on the findings and in the audit trail, freeze.
     */
    void publish(RubricVersion v, RubricPublishRequest req, String actor) {
        List<Long> sheetIds = content.sheetIds(v.id);
        content.revalidate(v, sheetIds);
        Map<Long, Integer> numbers = new HashMap<>();
        RubricSheet.<RubricSheet>list("rubricVersionId", v.id).forEach(s -> numbers.put(s.id, s.number));
        List<RubricFinding> rows = RubricFinding.list("rubricVersionId = ?1 and severity = ?2",
                Sort.by("id"), v.id, FindingSeverity.ERROR);
        List<FindingAcceptance.Located> errors = rows.stream().map(f -> new FindingAcceptance.Located(
                f.rubricSheetId == null ? f.subject : "sheets[" + numbers.get(f.rubricSheetId) + "]." + f.subject,
                f.code, f.message)).toList();
        List<Problem.FieldError> unaccepted = FindingAcceptance.unaccepted(errors, req);
        if (!unaccepted.isEmpty()) {
            throw new ProblemException(409, ProblemTypes.CONFLICT, "Rubric version is not valid",
                    unaccepted.size() + " ERROR findings block publishing; fix the draft, or publish it deliberately "
                            + "by listing their codes " + FindingAcceptance.codesOf(errors) + " in acceptedFindings "
                            + "with a reason",
                    unaccepted);
        }
        List<Problem.FieldError> problems = FindingAcceptance.requestProblems(errors, req);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Instant now = clock.now();
        String reason = rows.isEmpty() ? null : Text.clean(req.reason());
        for (RubricFinding f : rows) {
            f.acceptedAt = now;
            f.acceptedBy = actor;
            f.acceptanceReason = reason;
        }
        // The findings change while the version is a draft; the freeze triggers allow nothing afterwards.
        em.flush();
        v.status = RubricStatus.PUBLISHED;
        v.publishedAt = now;
        v.publishedBy = actor;
        v.touch(actor);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", RubricStatus.PUBLISHED.name());
        if (!errors.isEmpty()) {
            after.put("acceptedFindings", errors.stream().map(f -> f.code() + " " + f.where() + ": " + f.message())
                    .toList());
        }
        audit.record(RubricVersionService.AUDIT_TYPE, v.id, "PUBLISHED",
                AuditLog.diff(Map.of("status", RubricStatus.DRAFT.name()), after),
                reason, actor);
        em.flush();
    }
}
