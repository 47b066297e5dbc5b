package vn.ocop.registry.producer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitService;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.DistrictScope;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Flush;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.producer.ProducerDtos.ProducerRequest;
import vn.ocop.registry.producer.ProducerDtos.ProducerView;

@ApplicationScoped
public class ProducerService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "type", "type",
            "districtCode", "districtCode", "createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    EntityManager em;
    @Inject
    DistrictScope scope;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    AuditLog audit;

    @Transactional
    public Page<ProducerView> list(ProducerFilter f, PageRequest page) {
        return scope.listed(f.districtCode(), page, district -> {
            Where where = new Where()
                    .and("districtCode = :district", "district", district)
                    .and("type = :type", "type", f.type())
                    .matches("name", "q", f.q());
            Page<Producer> rows = page.fetch(Producer.find(where.hql(), page.toSort("id"), where.params()),
                    Function.identity());
            Map<String, String> names = unitNames(rows.items());
            return rows.map(p -> view(p, names));
        });
    }

    @Transactional
    public ProducerView get(long id) {
        Producer p = find(id);
        scope.require(p.districtCode);
        return view(p, unitNames(List.of(p)));
    }

    @Transactional
    public ProducerView create(ProducerRequest req) {
        scope.require(req.districtCode());
        Producer p = new Producer();
        apply(p, req);
        p.touch(scope.username());
        p.persist();
        flushOrConflict(p);
        audit.record(Producer.AUDIT_TYPE, p.id, "CREATED", AuditLog.diff(null, snapshot(p)), null, scope.username());
        return view(p, unitNames(List.of(p)));
    }

    @Transactional
    public ProducerView update(long id, ExpectedVersion expected, ProducerRequest req) {
        Producer p = find(id);
        scope.require(p.districtCode);
        expected.check(p.version);
        scope.require(req.districtCode());
        Map<String, Object> before = snapshot(p);
        apply(p, req);
        Map<String, Map<String, Object>> changes = AuditLog.diff(before, snapshot(p));
        if (!changes.isEmpty()) {
            p.touch(scope.username());
            flushOrConflict(p);
            audit.record(Producer.AUDIT_TYPE, p.id, "UPDATED", changes, null, scope.username());
        }
        return view(p, unitNames(List.of(p)));
    }

    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        Producer p = find(id);
        scope.require(p.districtCode);
        expected.check(p.version);
        audit.record(Producer.AUDIT_TYPE, p.id, "DELETED", AuditLog.removal(snapshot(p)), null, scope.username());
        p.delete();
        // A concurrent change of the same version is a 412 like everywhere else, not "still has products".
        Flush.orConflict(em, () -> "Producer " + id + " still has products or other records");
    }

    @Transactional
    public Page<AuditLog.AuditEntry> history(long id, PageRequest page) {
        scope.require(find(id).districtCode);
        return audit.history(Producer.AUDIT_TYPE, id, page);
    }

    private void apply(Producer p, ProducerRequest req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String taxCode = Text.clean(req.taxCode());
        String taxProblem = TaxCode.problem(taxCode, req.type());
        if (taxProblem != null) {
            errors.add(new Problem.FieldError("taxCode", taxProblem));
        }
        String phone = PhoneNumber.normalize(req.phone());
        if (req.phone() != null && !req.phone().isBlank() && phone == null) {
            errors.add(new Problem.FieldError("phone", "must be a Vietnamese phone number: 0 or +84 followed by 9–10 digits"));
        }
        String name = Text.clean(req.name());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        AdminUnit district = adminUnits.requireDistrictLevel(req.districtCode(), "districtCode");
        String commune = Text.clean(req.communeCode());
        if (commune != null) {
            adminUnits.requireCommuneOf(commune, district.code, "communeCode");
        }
        if (taxCode != null && (p.id == null
                ? Producer.count("taxCode", taxCode)
                : Producer.count("taxCode = ?1 and id <> ?2", taxCode, p.id)) > 0) {
            throw ProblemException.conflict("A producer with tax code " + taxCode + " is already registered");
        }
        p.type = req.type();
        p.name = name;
        p.taxCode = taxCode;
        p.representative = Text.clean(req.representative());
        p.phone = phone;
        p.email = Text.clean(req.email());
        p.address = Text.clean(req.address());
        p.districtCode = district.code;
        p.communeCode = commune;
    }

    /** The audited fields, as the history shows them. */
    private static Map<String, Object> snapshot(Producer p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", p.type == null ? null : p.type.name());
        s.put("name", p.name);
        s.put("taxCode", p.taxCode);
        s.put("representative", p.representative);
        s.put("phone", p.phone);
        s.put("email", p.email);
        s.put("address", p.address);
        s.put("districtCode", p.districtCode);
        s.put("communeCode", p.communeCode);
        return s;
    }

    /** A concurrent insert of the same tax code loses the race at the unique index: a 409, not a 500. */
    private void flushOrConflict(Producer p) {
        Flush.orConflict(em, () -> "A producer with tax code " + p.taxCode + " is already registered");
    }

    private ProducerView view(Producer p, Map<String, String> unitNames) {
        boolean hidePersonal = p.type == ProducerType.HOUSEHOLD_BUSINESS && scope.isIntegratorOnly();
        return new ProducerView(p.id, p.type, p.name,
                hidePersonal ? null : p.taxCode,
                hidePersonal ? null : p.representative,
                hidePersonal ? null : p.phone,
                hidePersonal ? null : p.email,
                hidePersonal ? null : p.address,
                p.districtCode, unitNames.get(p.districtCode), p.communeCode, p.version,
                p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }

    /**
     * Integrators get no personal data of households (a household business's tax code is its owner's
     * personal tax code, whatever its form); staff roles need it for their work.
     */
    private Map<String, String> unitNames(List<Producer> producers) {
        return adminUnits.names(producers.stream().map(p -> p.districtCode).toList());
    }

    private static Producer find(long id) {
        Producer p = Producer.findById(id);
        if (p == null) {
            throw ProblemException.notFound("Producer", id);
        }
        return p;
    }
}
