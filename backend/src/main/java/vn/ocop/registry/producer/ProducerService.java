package vn.ocop.registry.producer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitPlacement;
import vn.ocop.registry.adminunit.AdminUnitService;
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
import vn.ocop.registry.producer.ProducerDtos.PlacedUnit;
import vn.ocop.registry.producer.ProducerDtos.ProducerRequest;
import vn.ocop.registry.producer.ProducerDtos.ProducerView;

@ApplicationScoped
public class ProducerService {
    public static final Map<String, String> SORTABLE = Map.of("id", "p.id", "name", "p.name", "type", "p.type",
            "districtCode", "p.districtCode", "registeredOn", "p.registeredOn", "createdAt", "p.createdAt",
            "updatedAt", "p.updatedAt");
    /** The sort paths a producer always has (see {@link PageRequest.Listing}). */
    private static final Set<String> NOT_NULL = Set.of("p.id", "p.name", "p.type", "p.registeredOn", "p.createdAt",
            "p.updatedAt");

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    AuditLog audit;
    @Inject
    ProducerPlaces places;

    /**
     * The JPQL condition of the list (alias {@code p}): district of registration, commune of today through the
     * successions ({@link AdminUnitPlacement#placedIn}), producers without a commune, type and name.
     */
    static Where where(ProducerFilter f, String district, String commune, LocalDate today) {
        Where where = new Where()
                .and("p.districtCode = :district", "district", district)
                .and("p.type = :type", "type", f.type())
                .and("p.updatedAt >= :updatedSince", "updatedSince", f.updatedSince())
                .matches("p.name", "q", f.q());
        if (commune != null) {
            where.and(AdminUnitPlacement.placedIn("p.communeId", "commune", "today"),
                    Map.of("commune", commune, "today", today));
        }
        if (f.missingCommune() != null) {
            where.and(f.missingCommune() ? "p.communeId is null" : "p.communeId is not null");
        }
        return where;
    }

    @Transactional
    public Page<ProducerView> list(ProducerFilter f, PageRequest page) {
        return scope.listedPlaced(f.districtCode(), f.communeCode(), page, (district, commune) -> {
            Where where = where(f, district, commune, places.today());
            Page<Producer> rows = page.fetch(new PageRequest.Listing<>(Producer.class, "p", "from Producer p", where, "p.id",
                    NOT_NULL),
                    Function.identity());
            return views(rows.items(), rows);
        });
    }

    /** Views of a page of producers: their units and today's communes in two queries. */
    Page<ProducerView> views(List<Producer> producers, Page<Producer> rows) {
        Map<Long, AdminUnit> units = adminUnits.byIds(producers.stream()
                .flatMap(p -> java.util.stream.Stream.of(p.districtId, p.communeId)).toList());
        Map<Long, AdminUnit> today = places.communesToday(producers.stream().map(p -> p.communeId).toList());
        return rows.map(p -> view(p, units, today));
    }

    private ProducerView view(Producer p) {
        return views(List.of(p), new Page<>(List.of(p), 0, 1, 1)).items().get(0);
    }

    @Transactional
    public ProducerView get(long id) {
        Producer p = find(id);
        requireScope(p);
        return view(p);
    }

    /** 403 unless the caller may work on {@code p}: its district of then, or its commune of today. */
    void requireScope(Producer p) {
        scope.requirePlaced(p.districtCode, places.communeTodayCode(p));
    }

    @Transactional
    public ProducerView create(ProducerRequest req) {
        Producer p = new Producer();
        apply(p, req);
        requireScope(p);
        p.touch(scope.username());
        p.persist();
        flushOrConflict(p);
        audit.record(Producer.AUDIT_TYPE, p.id, "CREATED", AuditLog.diff(null, snapshot(p)), null, scope.username());
        return view(p);
    }

    @Transactional
    public ProducerView update(long id, ExpectedVersion expected, ProducerRequest req) {
        Producer p = find(id);
        requireScope(p);
        expected.check(p.version);
        Map<String, Object> before = snapshot(p);
        apply(p, req);
        requireScope(p);
        Map<String, Map<String, Object>> changes = AuditLog.diff(before, snapshot(p));
        if (!changes.isEmpty()) {
            p.touch(scope.username());
            flushOrConflict(p);
            audit.record(Producer.AUDIT_TYPE, p.id, "UPDATED", changes, null, scope.username());
        }
        return view(p);
    }

    /**
     * What {@link #create} (id null) or {@link #update} of producer {@code id} with {@code req} would change, by the same
     * rules and scope, without writing: the audited fields that would change (empty: none). A write that would be
     * refused throws the same {@link ProblemException}. Not transactional, so that a refusal does not doom the caller's
     * transaction: an import checks every row of a file in one.
     */
    public Map<String, Map<String, Object>> changes(Long id, ProducerRequest req) {
        Producer current = id == null ? null : find(id);
        if (current != null) {
            requireScope(current);
        }
        Producer draft = new Producer();
        draft.id = id;
        apply(draft, req);
        requireScope(draft);
        return AuditLog.diff(current == null ? null : snapshot(current), snapshot(draft));
    }

    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        Producer p = find(id);
        requireScope(p);
        expected.check(p.version);
        audit.record(Producer.AUDIT_TYPE, p.id, "DELETED", AuditLog.removal(snapshot(p)), null, scope.username());
        p.delete();
        // A concurrent change of the same version is a 412 like everywhere else, not "still has products".
        Flush.orConflict(em, () -> "Producer " + id + " still has products or other records");
    }

    @Transactional
    public Page<AuditLog.AuditEntry> history(long id, PageRequest page) {
        requireScope(find(id));
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
        LocalDate on = req.registeredOn() != null ? req.registeredOn() : places.today();
        ProducerPlaces.Registered units = places.registered(Text.clean(req.districtCode()), Text.clean(req.communeCode()),
                on);
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
        p.registeredOn = on;
        p.districtId = units.district() == null ? null : units.district().id;
        p.districtCode = units.district() == null ? null : units.district().code;
        p.communeId = units.commune() == null ? null : units.commune().id;
        p.communeCode = units.commune() == null ? null : units.commune().code;
    }

    /** The audited fields, as the history shows them. */
    static Map<String, Object> snapshot(Producer p) {
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
        s.put("registeredOn", p.registeredOn == null ? null : p.registeredOn.toString());
        return s;
    }

    /** A concurrent insert of the same tax code loses the race at the unique index: a 409, not a 500. */
    void flushOrConflict(Producer p) {
        Flush.orConflict(em, () -> "A producer with tax code " + p.taxCode + " is already registered");
    }

    private ProducerView view(Producer p, Map<Long, AdminUnit> units, Map<Long, AdminUnit> today) {
        boolean hidePersonal = p.type == ProducerType.HOUSEHOLD_BUSINESS && scope.isIntegratorOnly();
        AdminUnit district = p.districtId == null ? null : units.get(p.districtId);
        AdminUnit commune = p.communeId == null ? null : units.get(p.communeId);
        AdminUnit communeToday = p.communeId == null ? null : today.get(p.communeId);
        return new ProducerView(p.id, p.type, p.name,
                hidePersonal ? null : p.taxCode,
                hidePersonal ? null : p.representative,
                hidePersonal ? null : p.phone,
                hidePersonal ? null : p.email,
                hidePersonal ? null : p.address,
                p.districtCode, district == null ? null : district.name, p.communeCode, p.registeredOn,
                PlacedUnit.of(commune), PlacedUnit.of(communeToday), p.version,
                p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
    }

    static Producer find(long id) {
        Producer p = Producer.findById(id);
        if (p == null) {
            throw ProblemException.notFound("Producer", id);
        }
        return p;
    }
}
