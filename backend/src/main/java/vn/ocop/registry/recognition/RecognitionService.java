package vn.ocop.registry.recognition;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.Flush;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.notice.NoticeKind;
import vn.ocop.registry.notice.NoticeTemplates;
import vn.ocop.registry.notice.Notices;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.procedure.ProcedureLevel;
import vn.ocop.registry.procedure.RecognitionPowers;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.productgroup.LegalBases;
import vn.ocop.registry.productgroup.LegalBasis;
import vn.ocop.registry.recognition.RecognitionDtos.DecisionSummary;
import vn.ocop.registry.recognition.RecognitionDtos.DecisionView;
import vn.ocop.registry.recognition.RecognitionDtos.OcopCertificateView;
import vn.ocop.registry.recognition.RecognitionDtos.Recognition;
import vn.ocop.registry.recognition.RecognitionDtos.RecognitionDecisionRequest;
import vn.ocop.registry.recognition.RecognitionDtos.ReminderView;
import vn.ocop.registry.recognition.RecognitionDtos.RevokeRequest;

/** Recognition decisions and the OCOP certificates they issue: numbering, validity, revocation, reminders. */
@ApplicationScoped
public class RecognitionService {
    public static final Map<String, String> SORTABLE = Map.of("id", "c.id", "issuedOn", "c.issuedOn",
            "validUntil", "c.validUntil", "stars", "c.stars", "productCode", "c.productCode", "productName", "p.name");
    public static final Map<String, String> DECISION_SORTABLE = Map.of("id", "id", "decidedOn", "decidedOn",
            "number", "number");
    static final String DECISION_AUDIT_TYPE = "RecognitionDecision";
    private static final String PUBLIC_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;
    @Inject
    AuditLog audit;
    @Inject
    ProvinceClock clock;
    @Inject
    LegalBases legalBases;
    @Inject
    ProductCodes productCodes;
    @Inject
    Notices notices;
    @Inject
    CertificatePageUrl pages;

    /**
     * Records a decision and issues a certificate to each product it recognises; 400 for a decision beyond the
     * powers its legal basis gives its level ({@link RecognitionPowers}). A paper decision is made under the basis in
     * force on its date (naming another is a 400 that names it); one on a round under the round's basis, since a
     * round opened under a basis finishes under it.
     */
    @Transactional
    public DecisionView recordDecision(RecognitionDecisionRequest req, Long evaluationRoundId) {
        LegalBasis basis = evaluationRoundId == null
                ? legalBases.requireGoverning(req.legalBasisCode(), req.decidedOn(), "decidedOn", "legalBasisCode",
                        "a decision made")
                : LegalBasis.findById(req.legalBasisCode());
        if (basis == null) {
            throw ProblemException.invalid("legalBasisCode", "unknown legal basis " + req.legalBasisCode());
        }
        AdminUnit unit = AdminUnit.asOf(req.adminUnitCode(), req.decidedOn());
        if (unit == null) {
            throw ProblemException.invalid("adminUnitCode", "unknown admin unit " + req.adminUnitCode());
        }
        requireWithinPowers(req, basis, unit);
        String number = Text.clean(req.number());
        if (RecognitionDecision.count("adminUnitCode = ?1 and number = ?2", unit.code, number) > 0) {
            throw ProblemException.conflict("Decision " + number + " of unit " + unit.code + " is already recorded");
        }
        Map<Long, Product> products = Product.<Product>list("id in ?1", productIdsListedOnce(req)).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        RecognitionDecision d = new RecognitionDecision();
        d.number = number;
        d.decidedOn = req.decidedOn();
        d.signer = Text.clean(req.signer());
        d.level = req.level();
        d.adminUnitCode = unit.code;
        d.legalBasisCode = basis.code;
        d.evaluationRoundId = evaluationRoundId;
        d.touch(scope.username());
        d.persist();
        for (int i = 0; i < req.recognitions().size(); i++) {
            Recognition r = req.recognitions().get(i);
            Product p = products.get(r.productId());
            if (p == null) {
                throw ProblemException.invalid("recognitions[" + i + "].productId", "unknown product " + r.productId());
            }
            issue(d, p, r.stars(), basis);
        }
        audit.record(DECISION_AUDIT_TYPE, d.id, "CREATED", null,
                d.number + ": " + req.recognitions().size() + " products", scope.username());
        Flush.orConflict(em, () -> "Another decision was recorded at the same time; retry");
        return decisionView(d, req.recognitions().size());
    }

    private static void requireWithinPowers(RecognitionDecisionRequest req, LegalBasis basis, AdminUnit unit) {
        List<Problem.FieldError> beyondPowers = RecognitionPowers.problems(
                new RecognitionPowers.Basis(basis.decisionNumber, basis.effectiveFrom),
                ProcedureLevel.ofBasis(basis.code).stream().map(ProcedureLevel::rules).toList(),
                EvaluationLevel.valueOf(req.level().name()), unit.type, req.decidedOn(),
                req.recognitions().stream().map(Recognition::stars).toList());
        if (!beyondPowers.isEmpty()) {
            throw ProblemException.invalid(beyondPowers);
        }
    }

    private static Set<Long> productIdsListedOnce(RecognitionDecisionRequest req) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < req.recognitions().size(); i++) {
            if (!seen.add(req.recognitions().get(i).productId())) {
                throw ProblemException.invalid("recognitions[" + i + "].productId", "is listed twice");
            }
        }
        return seen;
    }

    private void issue(RecognitionDecision d, Product p, int stars, LegalBasis basis) {
        OcopCertificate c = new OcopCertificate();
        c.product = p;
        c.decision = d;
        c.stars = stars;
        c.issuedOn = d.decidedOn;
        c.validUntil = OcopCertificateValidity.validUntil(d.decidedOn);
        c.productCode = productCodes.next(p, basis, d.decidedOn);
        c.publicCode = publicCode();
        c.touch(scope.username());
        c.persist();
        audit.record("Product", p.id, "CERTIFIED", null, stars + "★ by " + d.number + " (" + c.productCode + ")",
                scope.username());
    }

    private static String publicCode() {
        StringBuilder sb = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            sb.append(PUBLIC_CODE_ALPHABET.charAt(RANDOM.nextInt(PUBLIC_CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    @Transactional
    public Page<DecisionView> decisions(DecisionFilter f, PageRequest page) {
        Where where = new Where().and("year(decidedOn) = :year", "year", f.year())
                .and("updatedAt >= :updatedSince", "updatedSince", f.updatedSince());
        Page<RecognitionDecision> rows = page.fetch(RecognitionDecision.find(where.hql(), page.toSort("id"),
                where.params()), Function.identity());
        Map<Long, Long> counts = certificateCounts(rows.items().stream().map(d -> d.id).toList());
        return rows.map(d -> decisionView(d, counts.getOrDefault(d.id, 0L)));
    }

    @Transactional
    public DecisionView decision(long id) {
        RecognitionDecision d = RecognitionDecision.findById(id);
        if (d == null) {
            throw ProblemException.notFound("Recognition decision", id);
        }
        return decisionView(d, certificateCounts(List.of(id)).getOrDefault(id, 0L));
    }

    @Transactional
    public Page<AuditLog.AuditEntry> decisionHistory(long id, PageRequest page) {
        if (RecognitionDecision.findById(id) == null) {
            throw ProblemException.notFound("Recognition decision", id);
        }
        return audit.history(DECISION_AUDIT_TYPE, id, page);
    }

    @Transactional
    public Page<OcopCertificateView> list(OcopCertificateFilter f, PageRequest page) {
        return scope.listed(f.districtCode(), page, district -> {
            LocalDate today = clock.today();
            Where where = new Where()
                    .and("pr.districtCode = :district", "district", district)
                    .and("p.id = :product", "product", f.productId())
                    .and("pr.id = :producer", "producer", f.producerId())
                    .and("d.id = :decision", "decision", f.decisionId())
                    .and("c.stars = :stars", "stars", f.stars())
                    .and("c.updatedAt >= :updatedSince", "updatedSince", f.updatedSince())
                    .and("year(c.issuedOn) = :year", "year", f.year())
                    .matches("p.name", "q", f.q());
            if (f.status() != null) {
                String condition = OcopCertificateConditions.status("c", f.status());
                where.and(condition, OcopCertificateConditions.params(condition, today));
            }
            var query = OcopCertificate.<OcopCertificate>find("from OcopCertificate c join fetch c.product p "
                    + "join fetch p.producer pr join fetch c.decision d where " + where.hql(), page.toSort("c.id"),
                    where.params());
            return page.fetch(query, c -> view(c, today));
        });
    }

    @Transactional
    public OcopCertificateView get(long id) {
        OcopCertificate c = find(id);
        scope.require(c.product.producer.districtCode);
        return view(c, clock.today());
    }

    @Transactional
    public OcopCertificateView revoke(long id, RevokeRequest req) {
        OcopCertificate c = find(id);
        if (c.revokedOn != null) {
            throw ProblemException.conflict("Certificate " + c.productCode + " was already revoked on " + c.revokedOn);
        }
        LocalDate on = req.revokedOn() == null ? clock.today() : req.revokedOn();
        if (on.isBefore(c.issuedOn)) {
            throw ProblemException.invalid("revokedOn", "must not be before the certificate was issued (" + c.issuedOn + ")");
        }
        c.revokedOn = on;
        c.revocationReason = req.reason();
        c.revocationNote = Text.clean(req.note());
        c.revokedBy = scope.username();
        c.touch(scope.username());
        audit.record("Product", c.product.id, "CERTIFICATE_REVOKED", null,
                c.productCode + ": " + req.reason() + " — " + c.revocationNote, scope.username());
        em.flush();
        return view(c, clock.today());
    }

    /**
     * Records a reminder for every live certificate ending within 30 days that has none yet, and a notice to its
     * holder's contact e-mail with it; returns how many. Run by two instances at once, the second records nothing: the
     * unique (certificate, end date) makes it wait for the first and then skip what the first recorded.
     */
    @Transactional
    public int recordExpiryReminders() {
        LocalDate today = clock.today();
        List<Long> reminded = em.createNativeQuery("""
                INSERT INTO certificate_reminder (certificate_id, valid_until)
                SELECT id, valid_until FROM ocop_certificate
                WHERE revoked_on IS NULL AND valid_until BETWEEN :today AND :soon
                ON CONFLICT (certificate_id, valid_until) DO NOTHING
                RETURNING certificate_id""", Long.class)
                .setParameter("today", today)
                .setParameter("soon", today.plusDays(OcopCertificateValidity.EXPIRING_WITHIN_DAYS))
                .getResultList();
        if (!reminded.isEmpty()) {
            OcopCertificate.<OcopCertificate>find("from OcopCertificate c join fetch c.product p join fetch p.producer "
                    + "where c.id in ?1", reminded).list().forEach(c -> notifyHolder(c, today));
        }
        return reminded.size();
    }

    private void notifyHolder(OcopCertificate c, LocalDate today) {
        notices.record(NoticeKind.CERTIFICATE_EXPIRY, "certificate:" + c.id, c.validUntil.toString(),
                c.product.producer.email, NoticeTemplates.certificateExpiry(c.product.producer.name, c.product.name,
                        c.productCode, c.stars, c.validUntil, ChronoUnit.DAYS.between(today, c.validUntil),
                        pages.of(c.publicCode)));
    }

    @Transactional
    public Page<ReminderView> reminders(PageRequest page) {
        return page.fetch(OcopCertificateReminder.<OcopCertificateReminder>find("from OcopCertificateReminder r "
                + "join fetch r.certificate c join fetch c.product", page.toSort("r.id")),
                r -> new ReminderView(r.certificate.id, r.certificate.product.name, r.certificate.productCode,
                        r.validUntil, r.recordedAt));
    }

    record CertificateCount(long decisionId, long certificates) {
    }

    private Map<Long, Long> certificateCounts(List<Long> decisionIds) {
        if (decisionIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select new CertificateCount(c.decision.id, count(c)) from OcopCertificate c "
                + "where c.decision.id in :ids group by c.decision.id", CertificateCount.class)
                .setParameter("ids", decisionIds).getResultStream()
                .collect(Collectors.toMap(CertificateCount::decisionId, CertificateCount::certificates));
    }

    private static DecisionView decisionView(RecognitionDecision d, long certificates) {
        return new DecisionView(d.id, d.number, d.decidedOn, d.signer, d.level, d.adminUnitCode, d.legalBasisCode,
                d.evaluationRoundId, certificates, d.version);
    }

    static OcopCertificateView view(OcopCertificate c, LocalDate today) {
        RecognitionDecision d = c.decision;
        return new OcopCertificateView(c.id, c.product.id, c.product.name, c.product.producer.id, c.product.producer.name,
                c.product.producer.districtCode, c.stars, c.statusOn(today), c.issuedOn, c.validUntil, c.productCode,
                c.publicCode, new DecisionSummary(d.id, d.number, d.decidedOn, d.signer, d.level), c.revokedOn,
                c.revocationReason, c.revocationNote, c.revokedBy, c.version);
    }

    static OcopCertificate find(long id) {
        OcopCertificate c = OcopCertificate.findById(id);
        if (c == null) {
            throw ProblemException.notFound("OCOP certificate", id);
        }
        return c;
    }
}
