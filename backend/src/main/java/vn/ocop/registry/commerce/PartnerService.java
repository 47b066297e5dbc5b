package vn.ocop.registry.commerce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.security.identity.SecurityIdentity;
import vn.ocop.registry.commerce.PartnerDtos.PartnerRequest;
import vn.ocop.registry.commerce.PartnerDtos.PartnerView;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Flush;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.producer.PhoneNumber;
import vn.ocop.registry.producer.ProducerType;
import vn.ocop.registry.producer.TaxCode;

/**
 * The province-wide partner directory. The office and district officers add partners; the office
 * edits and deletes any, a district officer only those they created (to correct their own entries).
 */
@ApplicationScoped
public class PartnerService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "type", "type",
            "createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;
    @Inject
    SecurityIdentity identity;

    @Transactional
    public Page<PartnerView> list(PartnerFilter f, PageRequest page) {
        Where where = new Where().and("type = :type", "type", f.type()).matches("name", "q", f.q());
        return page.fetch(Partner.find(where.hql(), page.toSort("id"), where.params()), this::view);
    }

    @Transactional
    public PartnerView get(long id) {
        return view(find(id));
    }

    @Transactional
    public PartnerView create(PartnerRequest req) {
        Partner p = new Partner();
        apply(p, req);
        p.touch(scope.username());
        p.persist();
        flushOrConflict(p);
        return view(p);
    }

    @Transactional
    public PartnerView update(long id, ExpectedVersion expected, PartnerRequest req) {
        Partner p = find(id);
        requireEditor(p);
        expected.check(p.version);
        apply(p, req);
        p.touch(scope.username());
        flushOrConflict(p);
        return view(p);
    }

    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        Partner p = find(id);
        requireEditor(p);
        expected.check(p.version);
        p.delete();
        Flush.orConflict(em, () -> "Partner " + id + " still has sales contracts");
    }

    private void requireEditor(Partner p) {
        if (!identity.hasRole(Roles.OCOP_ADMIN) && !scope.username().equals(p.createdBy)) {
            throw ProblemException.forbidden("Only the OCOP office or the officer who added this partner may change it");
        }
    }

    private static void apply(Partner p, PartnerRequest req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String taxCode = Text.clean(req.taxCode());
        // Partners are businesses: enterprise and branch codes only, never a person's ID.
        String taxProblem = TaxCode.problem(taxCode, ProducerType.ENTERPRISE);
        if (taxProblem != null) {
            errors.add(new Problem.FieldError("taxCode", taxCode.length() == 12
                    ? "must be an enterprise code (10 digits, or 10 digits + '-' + 3 for a branch), not a personal ID"
                    : taxProblem));
        }
        String phone = PhoneNumber.normalize(req.contactPhone());
        if (Text.clean(req.contactPhone()) != null && phone == null) {
            errors.add(new Problem.FieldError("contactPhone",
                    "must be a Vietnamese phone number: 0 or +84 followed by 9–10 digits"));
        }
        String name = Text.clean(req.name());
        if (name == null) {
            errors.add(new Problem.FieldError("name", "must not be blank"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (taxCode != null && (p.id == null
                ? Partner.count("taxCode", taxCode)
                : Partner.count("taxCode = ?1 and id <> ?2", taxCode, p.id)) > 0) {
            throw ProblemException.conflict("A partner with tax code " + taxCode + " is already in the directory");
        }
        p.type = req.type();
        p.name = name;
        p.taxCode = taxCode;
        p.address = Text.clean(req.address());
        p.contactPerson = Text.clean(req.contactPerson());
        p.contactPhone = phone;
        p.contactEmail = Text.clean(req.contactEmail());
    }

    /** A concurrent insert of the same tax code loses the race at the unique index: a 409, not a 500. */
    private void flushOrConflict(Partner p) {
        Flush.orConflict(em, () -> "A partner with tax code " + p.taxCode + " is already in the directory");
    }

    private PartnerView view(Partner p) {
        boolean hideContact = scope.isIntegratorOnly();
        return new PartnerView(p.id, p.type, p.name, p.taxCode, p.address,
                hideContact ? null : p.contactPerson,
                hideContact ? null : p.contactPhone,
                hideContact ? null : p.contactEmail,
                p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }

    private static Partner find(long id) {
        Partner p = Partner.findById(id);
        if (p == null) {
            throw ProblemException.notFound("Partner", id);
        }
        return p;
    }
}
