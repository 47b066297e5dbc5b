package vn.ocop.registry.commerce;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitService;
import vn.ocop.registry.commerce.PointOfSaleDtos.PointOfSaleRequest;
import vn.ocop.registry.commerce.PointOfSaleDtos.PointOfSaleView;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.common.Where;

/** Points of sale belong to the commune (or, before 2025-07-01, the district) they are in; they offer products of any unit. */
@ApplicationScoped
public class PointOfSaleService {
    public static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "kind", "kind",
            "adminUnitCode", "adminUnitCode", "createdAt", "createdAt", "updatedAt", "updatedAt");

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;
    @Inject
    CommerceRefs refs;
    @Inject
    AdminUnitService adminUnits;

    @Transactional
    public Page<PointOfSaleView> list(PointOfSaleFilter f, PageRequest page) {
        return scope.listed(f.adminUnitCode(), page, district -> {
            Where where = new Where()
                    .and("adminUnitCode = :unit", "unit", district)
                    .and("kind = :kind", "kind", f.kind())
                    .and(":product member of productIds", "product", f.productId())
                    .matches("name", "q", f.q());
            Page<PointOfSale> rows = page.fetch(PointOfSale.find(where.hql(), page.toSort("id"), where.params()),
                    Function.identity());
            return rows.withItems(views(rows.items()));
        });
    }

    @Transactional
    public PointOfSaleView get(long id) {
        PointOfSale p = find(id);
        scope.require(p.adminUnitCode);
        return views(List.of(p)).get(0);
    }

    @Transactional
    public PointOfSaleView create(PointOfSaleRequest req) {
        PointOfSale p = new PointOfSale();
        apply(p, req);
        p.touch(scope.username());
        p.persist();
        em.flush();
        return views(List.of(p)).get(0);
    }

    @Transactional
    public PointOfSaleView update(long id, ExpectedVersion expected, PointOfSaleRequest req) {
        PointOfSale p = find(id);
        scope.require(p.adminUnitCode);
        expected.check(p.version);
        apply(p, req);
        p.touch(scope.username());
        em.flush();
        return views(List.of(p)).get(0);
    }

    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        PointOfSale p = find(id);
        scope.require(p.adminUnitCode);
        expected.check(p.version);
        p.delete();
    }

    private void apply(PointOfSale p, PointOfSaleRequest req) {
        AdminUnit unit = adminUnits.requireLocalUnit(req.adminUnitCode().trim(), "adminUnitCode");
        scope.require(unit.code);
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = Text.clean(req.name());
        if (name == null) {
            errors.add(new Problem.FieldError("name", "must not be blank"));
        }
        List<Long> productIds = req.productIds() == null ? List.of() : req.productIds();
        refs.products(productIds, null, i -> "productIds[" + i + "]", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        p.name = name;
        p.kind = req.kind();
        p.address = Text.clean(req.address());
        p.adminUnitCode = unit.code;
        p.operator = Text.clean(req.operator());
        p.productIds.clear();
        p.productIds.addAll(CommerceRefs.distinct(productIds));
    }

    private List<PointOfSaleView> views(List<PointOfSale> points) {
        Map<String, String> unitNames = adminUnits.names(points.stream().map(p -> p.adminUnitCode).toList());
        Map<Long, List<ProductSummary>> products = refs.productsOf(PointOfSale.class,
                points.stream().map(p -> p.id).toList());
        return points.stream().map(p -> new PointOfSaleView(p.id, p.name, p.kind, p.address, p.adminUnitCode,
                unitNames.get(p.adminUnitCode), p.operator, products.getOrDefault(p.id, List.of()), p.version,
                p.createdAt, p.createdBy, p.updatedAt, p.updatedBy)).toList();
    }

    private static PointOfSale find(long id) {
        PointOfSale p = PointOfSale.findById(id);
        if (p == null) {
            throw ProblemException.notFound("Point of sale", id);
        }
        return p;
    }
}
