package vn.ocop.registry.adminunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnitDtos.AdminUnitNode;
import vn.ocop.registry.adminunit.AdminUnitDtos.AdminUnitRequest;
import vn.ocop.registry.adminunit.AdminUnitDtos.AdminUnitView;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Flush;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.Where;

@ApplicationScoped
public class AdminUnitService {
    public static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "type", "type",
            "validFrom", "validFrom");

    @Inject
    EntityManager em;
    @Inject
    ProvinceClock clock;

    @Transactional
    public Page<AdminUnitView> list(AdminUnitFilter f, PageRequest page) {
        Where where = new Where()
                .and("parentCode = :parent", "parent", f.parentCode())
                .and("type = :type", "type", f.type())
                .and("validFrom <= :date and (validTo is null or validTo >= :date)", "date", f.date());
        return page.fetch(AdminUnit.find(where.hql(), page.toSort("code"), where.params()), AdminUnitView::of);
    }

    /** The unit and its descendants valid on {@code date} (all versions when null), nested. */
    @Transactional
    public AdminUnitNode tree(String rootCode, LocalDate date) {
        AdminUnit root = find(rootCode);
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("""
                WITH RECURSIVE t(code) AS (
                    SELECT code FROM admin_unit WHERE code = :root
                    UNION ALL
                    SELECT c.code FROM admin_unit c JOIN t ON c.parent_code = t.code)
                SELECT code FROM t""").setParameter("root", root.code).getResultList();
        List<AdminUnit> units = AdminUnit.list("code in ?1", codes);
        Map<String, List<AdminUnit>> byParent = new HashMap<>();
        for (AdminUnit u : units) {
            if (u.parentCode != null && (date == null || u.isValidOn(date))) {
                byParent.computeIfAbsent(u.parentCode, k -> new ArrayList<>()).add(u);
            }
        }
        return node(root, byParent);
    }

    private static AdminUnitNode node(AdminUnit u, Map<String, List<AdminUnit>> byParent) {
        List<AdminUnitNode> children = byParent.getOrDefault(u.code, List.of()).stream()
                .sorted(Comparator.comparing((AdminUnit c) -> c.code))
                .map(c -> node(c, byParent)).toList();
        return new AdminUnitNode(u.code, u.name, u.type, u.validFrom, u.validTo, children);
    }

    @Transactional
    public AdminUnitView get(String code) {
        return AdminUnitView.of(find(code));
    }

    @Transactional
    public AdminUnitView create(AdminUnitRequest req) {
        if (AdminUnit.findById(req.code()) != null) {
            throw ProblemException.conflict("Admin unit " + req.code() + " already exists");
        }
        AdminUnit u = new AdminUnit();
        u.code = req.code();
        u.createdAt = clock.now();
        u.updatedAt = u.createdAt;
        apply(u, req);
        u.persist();
        return AdminUnitView.of(u);
    }

    @Transactional
    public AdminUnitView update(String code, ExpectedVersion expected, AdminUnitRequest req) {
        AdminUnit u = find(code);
        expected.check(u.version);
        if (!code.equals(req.code())) {
            throw ProblemException.invalid("code", "cannot be changed; create a new unit instead");
        }
        apply(u, req);
        u.updatedAt = clock.now();
        em.flush();
        return AdminUnitView.of(u);
    }

    @Transactional
    public void delete(String code, ExpectedVersion expected) {
        AdminUnit u = find(code);
        expected.check(u.version);
        if (AdminUnit.count("parentCode", code) > 0) {
            throw ProblemException.conflict("Admin unit " + code + " still has child units");
        }
        u.delete();
        Flush.orConflict(em, () -> "Admin unit " + code + " is still used by other records; set its validTo instead");
    }

    /** Unit names by code, in one query, for views that show the names of many rows' units. */
    public Map<String, String> names(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return AdminUnit.<AdminUnit>list("code in ?1", Set.copyOf(codes)).stream()
                .collect(Collectors.toMap(u -> u.code, u -> u.name));
    }

    /** A district-level unit (city, town or district) named in field {@code field} of a request. */
    public AdminUnit requireDistrictLevel(String code, String field) {
        AdminUnit u = AdminUnit.findById(code);
        if (u == null) {
            throw ProblemException.invalid(field, "unknown admin unit " + code);
        }
        if (!u.type.isDistrictLevel()) {
            throw ProblemException.invalid(field, "must be a district-level unit (CITY, TOWN or DISTRICT), not " + u.type);
        }
        return u;
    }

    /** A commune or ward under {@code districtCode}. */
    public AdminUnit requireCommuneOf(String code, String districtCode, String field) {
        AdminUnit u = AdminUnit.findById(code);
        if (u == null) {
            throw ProblemException.invalid(field, "unknown admin unit " + code);
        }
        if (!u.type.isCommuneLevel() || !districtCode.equals(u.parentCode)) {
            throw ProblemException.invalid(field, "must be a commune or ward of unit " + districtCode);
        }
        return u;
    }

    private void apply(AdminUnit u, AdminUnitRequest req) {
        if (req.validTo() != null && req.validTo().isBefore(req.validFrom())) {
            throw ProblemException.invalid("validTo", "must not be before validFrom");
        }
        AdminUnit parent = req.parentCode() == null ? null : AdminUnit.findById(req.parentCode());
        if (req.parentCode() != null && parent == null) {
            throw ProblemException.invalid("parentCode", "unknown admin unit " + req.parentCode());
        }
        String hierarchyError = AdminUnitHierarchy.check(req.type(), parent == null ? null : parent.type);
        if (hierarchyError != null) {
            throw ProblemException.invalid("parentCode", hierarchyError);
        }
        u.name = req.name().strip();
        u.type = req.type();
        u.parentCode = req.parentCode();
        u.validFrom = req.validFrom();
        u.validTo = req.validTo();
    }

    private static AdminUnit find(String code) {
        AdminUnit u = AdminUnit.findById(code);
        if (u == null) {
            throw ProblemException.notFound("Admin unit", code);
        }
        return u;
    }
}
