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
import jakarta.persistence.Tuple;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnitDtos.AdminUnitNode;
import vn.ocop.registry.adminunit.AdminUnitDtos.AdminUnitRequest;
import vn.ocop.registry.adminunit.AdminUnitDtos.AdminUnitSuccessionView;
import vn.ocop.registry.adminunit.AdminUnitDtos.AdminUnitView;
import vn.ocop.registry.adminunit.AdminUnitDtos.SuccessionPortion;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Flush;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.SqlRow;
import vn.ocop.registry.common.Where;

@ApplicationScoped
public class AdminUnitService {
    public static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "type", "type",
            "validFrom", "validFrom");

    @Inject
    EntityManager em;
    @Inject
    ProvinceClock clock;
    @Inject
    TransactionSynchronizationRegistry tx;

    /** The key of the versions read in a transaction ({@link #versions}). */
    private static final Object VERSIONS_READ = AdminUnitService.class.getName() + ".versions";

    public LocalDate today() {
        return clock.today();
    }

    @Transactional
    public Page<AdminUnitView> list(AdminUnitFilter f, PageRequest page) {
        Where where = new Where()
                .and("parentCode = :parent", "parent", f.parentCode())
                .and("type = :type", "type", f.type())
                .and("validFrom <= :date and (validTo is null or validTo >= :date)", "date", f.asOf());
        return page.fetch(AdminUnit.find(where.hql(), page.toSort("code"), where.params()), AdminUnitView::of);
    }

    /**
     * The unit and its descendants valid on {@code date}, nested; without a date, today's version of the unit (else
     * its latest) with the units of today, or of its last day when it no longer exists (84 shows its 2025 districts).
     */
    @Transactional
    public AdminUnitNode tree(String rootCode, LocalDate date) {
        AdminUnit root = find(rootCode, date);
        LocalDate on = date != null ? date : root.isValidOn(today()) ? today() : root.validTo;
        @SuppressWarnings("unchecked")
        List<Long> ids = em.createNativeQuery("""
                WITH RECURSIVE t(id) AS (
                    SELECT id FROM admin_unit WHERE id = :root
                    UNION ALL
                    SELECT c.id FROM admin_unit c JOIN t ON c.parent_id = t.id)
                SELECT id FROM t""", Long.class).setParameter("root", root.id).getResultList();
        Map<Long, List<AdminUnit>> byParent = new HashMap<>();
        for (AdminUnit u : AdminUnit.<AdminUnit>list("id in ?1", ids)) {
            if (u.parentId != null && u.isValidOn(on)) {
                byParent.computeIfAbsent(u.parentId, k -> new ArrayList<>()).add(u);
            }
        }
        return node(root, byParent);
    }

    private static AdminUnitNode node(AdminUnit u, Map<Long, List<AdminUnit>> byParent) {
        List<AdminUnitNode> children = byParent.getOrDefault(u.id, List.of()).stream()
                .sorted(Comparator.comparing((AdminUnit c) -> c.code))
                .map(c -> node(c, byParent)).toList();
        return new AdminUnitNode(u.id, u.code, u.name, u.type, u.validFrom, u.validTo, children);
    }

    @Transactional
    public AdminUnitView get(String code, LocalDate asOf) {
        return AdminUnitView.of(find(code, asOf));
    }

    /** What the version of {@code code} (as of {@code asOf}) became: the units it went into, whole or in part. */
    @Transactional
    public List<AdminUnitSuccessionView> successors(String code, LocalDate asOf) {
        return linked(find(code, asOf).id, "predecessor_id", "successor_id");
    }

    /** What the version of {@code code} (as of {@code asOf}) was formed from. */
    @Transactional
    public List<AdminUnitSuccessionView> predecessors(String code, LocalDate asOf) {
        return linked(find(code, asOf).id, "successor_id", "predecessor_id");
    }

    private List<AdminUnitSuccessionView> linked(long id, String from, String to) {
        List<SqlRow> links = SqlRow.list(em.createNativeQuery("SELECT s." + to + " AS unit_id, s.effective_on, s.portion "
                + "FROM admin_unit_succession s WHERE s." + from + " = :id", Tuple.class).setParameter("id", id));
        Map<Long, AdminUnit> units = byIds(links.stream().map(r -> r.number("unit_id")).toList());
        return links.stream()
                .map(r -> new AdminUnitSuccessionView(AdminUnitView.of(units.get(r.number("unit_id"))),
                        r.date("effective_on"), SuccessionPortion.valueOf(r.text("portion"))))
                .sorted(Comparator.comparing((AdminUnitSuccessionView v) -> v.unit().code()))
                .toList();
    }

    @Transactional
    public AdminUnitView create(AdminUnitRequest req) {
        if (AdminUnit.count("code = ?1 and validFrom = ?2", req.code(), req.validFrom()) > 0) {
            throw ProblemException.conflict("Admin unit " + req.code() + " from " + req.validFrom() + " already exists");
        }
        AdminUnit u = new AdminUnit();
        u.code = req.code();
        u.createdAt = clock.now();
        u.updatedAt = u.createdAt;
        apply(u, req);
        u.persist();
        placementChanged(req.code());
        return AdminUnitView.of(u);
    }

    @Transactional
    public AdminUnitView update(String code, LocalDate asOf, ExpectedVersion expected, AdminUnitRequest req) {
        AdminUnit u = find(code, asOf);
        expected.check(u.version);
        if (!code.equals(req.code())) {
            throw ProblemException.invalid("code", "cannot be changed; create a new unit instead");
        }
        apply(u, req);
        u.updatedAt = clock.now();
        placementChanged(code);
        return AdminUnitView.of(u);
    }

    @Transactional
    public void delete(String code, LocalDate asOf, ExpectedVersion expected) {
        AdminUnit u = find(code, asOf);
        expected.check(u.version);
        if (AdminUnit.count("parentId", u.id) > 0) {
            throw ProblemException.conflict("Admin unit " + code + " still has child units");
        }
        em.createNativeQuery("DELETE FROM admin_unit_placement WHERE unit_id = :id OR placed_id = :id")
                .setParameter("id", u.id).executeUpdate();
        u.delete();
        Flush.orConflict(em, () -> "Admin unit " + code + " is still used by other records; set its validTo instead");
    }

    /** Overlapping versions of a code lose at the exclusion constraint (409); then the placements are recomputed. */
    private void placementChanged(String code) {
        Flush.orConflict(em, () -> "Admin unit " + code + " would have two versions valid on the same day");
        em.createNativeQuery("SELECT admin_unit_placement_refresh()").getSingleResult();
    }

    /** Unit names by code, in one query, for views that show the names of many rows' units (latest version wins). */
    public Map<String, String> names(Collection<String> codes) {
        Set<String> wanted = codes.stream().filter(c -> c != null).collect(Collectors.toSet());
        Map<String, String> names = new HashMap<>();
        if (!wanted.isEmpty()) {
            AdminUnit.<AdminUnit>list("code in ?1 order by validFrom", wanted).forEach(u -> names.put(u.code, u.name));
        }
        return names; // a HashMap: a producer without a district (new map) asks for null
    }

    /** Units by version id, in one query. */
    public Map<Long, AdminUnit> byIds(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(i -> i != null).collect(Collectors.toSet());
        Map<Long, AdminUnit> units = new HashMap<>();
        if (!wanted.isEmpty()) {
            AdminUnit.<AdminUnit>list("id in ?1", wanted).forEach(u -> units.put(u.id, u));
        }
        return units;
    }

    /**
     * A unit below the province named in field {@code field}: a commune, ward or township, or a district-level unit of
     * the map before 2025-07-01 (city, town or district); today's version, else the last.
     */
    public AdminUnit requireLocalUnit(String code, String field) {
        AdminUnit u = resolve(code, null);
        if (u == null) {
            throw ProblemException.invalid(field, "unknown admin unit " + code);
        }
        if (!u.type.isDistrictLevel() && !u.type.isCommuneLevel()) {
            throw ProblemException.invalid(field, "must be a commune-level unit (e.g. 29308 Xã Cầu Kè) or a "
                    + "district-level unit of the past, not " + u.type);
        }
        return u;
    }

    /** The version of {@code code} valid on {@code date}; a 400 naming {@code field} when there was none. */
    public AdminUnit requireOn(String code, LocalDate date, String field) {
        if (versions(code).isEmpty()) {
            throw ProblemException.invalid(field, "unknown admin unit " + code);
        }
        AdminUnit u = resolve(code, date);
        if (u == null) {
            throw ProblemException.invalid(field, "admin unit " + code + " did not exist on " + date);
        }
        return u;
    }

    /** The version of {@code code} a caller means: valid on {@code asOf}; without a date, today's, else the latest. */
    public AdminUnit resolve(String code, LocalDate asOf) {
        return UnitVersions.resolve(versions(code), AdminUnit::validity, asOf,
                today()).orElse(null);
    }

    /**
     * The versions of {@code code}, read once per transaction: a spreadsheet import checks thousands of rows naming
     * the same few units in one transaction.
     */
    @SuppressWarnings("unchecked")
    private List<AdminUnit> versions(String code) {
        if (code == null) {
            return List.of();
        }
        if (tx.getTransactionKey() == null) {
            return AdminUnit.list("code", code);
        }
        Map<String, List<AdminUnit>> read = (Map<String, List<AdminUnit>>) tx.getResource(VERSIONS_READ);
        if (read == null) {
            read = new HashMap<>();
            tx.putResource(VERSIONS_READ, read);
        }
        return read.computeIfAbsent(code, c -> AdminUnit.list("code", c));
    }

    private void apply(AdminUnit u, AdminUnitRequest req) {
        if (req.validTo() != null && req.validTo().isBefore(req.validFrom())) {
            throw ProblemException.invalid("validTo", "must not be before validFrom");
        }
        AdminUnit parent = req.parentCode() == null ? null : resolve(req.parentCode(), req.validFrom());
        if (req.parentCode() != null && parent == null) {
            throw ProblemException.invalid("parentCode", "no admin unit " + req.parentCode() + " on " + req.validFrom());
        }
        String hierarchyError = AdminUnitHierarchy.check(req.type(), parent == null ? null : parent.type);
        if (hierarchyError != null) {
            throw ProblemException.invalid("parentCode", hierarchyError);
        }
        u.name = req.name().strip();
        u.type = req.type();
        u.parentCode = req.parentCode();
        u.parentId = parent == null ? null : parent.id;
        u.validFrom = req.validFrom();
        u.validTo = req.validTo();
    }

    private AdminUnit find(String code, LocalDate asOf) {
        AdminUnit u = resolve(code, asOf);
        if (u == null) {
            throw ProblemException.notFound("Admin unit", asOf == null ? code : code + " on " + asOf);
        }
        return u;
    }
}
