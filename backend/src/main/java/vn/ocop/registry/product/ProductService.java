package vn.ocop.registry.product;

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
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.ProducerDtos.PlacedUnit;
import vn.ocop.registry.producer.ProducerPlaces;
import vn.ocop.registry.product.ProductDtos.ProductRequest;
import vn.ocop.registry.product.ProductDtos.ProductView;
import vn.ocop.registry.productgroup.ProductGroupService;
import vn.ocop.registry.productgroup.ProductSet;

@ApplicationScoped
public class ProductService {
    public static final Map<String, String> SORTABLE = Map.of("id", "p.id", "name", "p.name",
            "yearEntered", "p.yearEntered", "status", "p.status", "producerName", "pr.name",
            "districtCode", "pr.districtCode", "productSetNumber", "s.number", "createdAt", "p.createdAt",
            "updatedAt", "p.updatedAt");
    /** The sort paths a product always has (see {@link PageRequest.Listing}). */
    private static final Set<String> NOT_NULL = Set.of("p.id", "p.name", "p.yearEntered", "p.status", "pr.name",
            "s.number", "p.createdAt", "p.updatedAt");

    /** Producer, product set and group come in the same query: views need their names. */
    private static final String WITH_NAMES = "from Product p join fetch p.producer pr join fetch p.productSet s "
            + "join fetch s.group g";

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    ProductGroupService productGroups;
    @Inject
    AuditLog audit;
    @Inject
    CurrentOcopCertificates certificates;
    @Inject
    CertifiedProducts certified;
    @Inject
    ProducerPlaces places;

    @Transactional
    public Page<ProductView> list(ProductFilter f, PageRequest page) {
        return scope.listedPlaced(f.districtCode(), f.communeCode(), page, (district, commune) -> {
            Where where = new Where()
                    .and("pr.districtCode = :district", "district", district)
                    .and("g.code = :group", "group", ProductGroupService.requireGroupCode(f.groupCode()))
                    .and("s.id = :set", "set", f.productSetId())
                    .and("pr.id = :producer", "producer", f.producerId())
                    .and("p.yearEntered = :year", "year", f.year())
                    .and("p.status = :status", "status", f.status())
                    .and("p.updatedAt >= :updatedSince", "updatedSince", f.updatedSince())
                    .matchesDocument("p", "q", f.q());
            if (commune != null) {
                where.and(AdminUnitPlacement.placedIn("pr.communeId", "commune", "today"),
                        Map.of("commune", commune, "today", places.today()));
            }
            if (f.certification() != null) {
                where.and(f.certification().hql(), f.certification().params());
            }
            if (f.stars() != null) {
                CertifiedProducts.Condition c = certificates.withStars(f.stars());
                where.and(c.hql(), c.params());
            }
            if (f.certificateStatus() != null) {
                CertifiedProducts.Condition c = certificates.withStatus(f.certificateStatus());
                where.and(c.hql(), c.params());
            }
            Page<Product> rows = page.fetch(new PageRequest.Listing<>(Product.class, "p", WITH_NAMES, where, "p.id",
                    NOT_NULL),
                    Function.identity());
            Map<String, String> districts = adminUnits.names(rows.items().stream()
                    .map(p -> p.producer.districtCode).toList());
            Map<Long, CurrentOcopCertificate> current = certificates.of(rows.items().stream().map(p -> p.id).toList());
            Map<Long, AdminUnit> today = places.communesToday(rows.items().stream().map(p -> p.producer.communeId).toList());
            return rows.map(p -> view(p, districts, current.get(p.id), today));
        });
    }

    @Transactional
    public ProductView get(long id) {
        return view(requireAccessible(id));
    }

    @Transactional
    public ProductView create(ProductRequest req) {
        Product p = new Product();
        apply(p, req);
        p.touch(scope.username());
        p.persist();
        flushOrConflict(p);
        audit.record(Product.AUDIT_TYPE, p.id, "CREATED", AuditLog.diff(null, snapshot(p)), null, scope.username());
        return view(p);
    }

    @Transactional
    public ProductView update(long id, ExpectedVersion expected, ProductRequest req) {
        Product p = requireAccessible(id);
        expected.check(p.version);
        Map<String, Object> before = snapshot(p);
        apply(p, req);
        Map<String, Map<String, Object>> changes = AuditLog.diff(before, snapshot(p));
        if (!changes.isEmpty()) {
            p.touch(scope.username());
            flushOrConflict(p);
            audit.record(Product.AUDIT_TYPE, p.id, "UPDATED", changes, null, scope.username());
        }
        return view(p);
    }

    /**
     * What {@link #create} (id null) or {@link #update} of product {@code id} with {@code req} would change, by the same
     * rules and scope, without writing: the audited fields that would change (empty: none). A write that would be
     * refused throws the same {@link ProblemException}. Not transactional, so that a refusal does not doom the caller's
     * transaction: an import checks every row of a file in one.
     */
    public Map<String, Map<String, Object>> changes(Long id, ProductRequest req) {
        Product current = id == null ? null : requireAccessible(id);
        Product draft = new Product();
        draft.id = id;
        apply(draft, req);
        return AuditLog.diff(current == null ? null : snapshot(current), snapshot(draft));
    }

    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        Product p = requireAccessible(id);
        expected.check(p.version);
        long certifications = certified.heldBy(p);
        if (certifications > 0) {
            throw ProblemException.conflict("Product " + id + " still has " + certifications
                    + " certification(s); delete them first");
        }
        long photos = ProductPhoto.count("productId", p.id);
        audit.record(Product.AUDIT_TYPE, p.id, "DELETED", AuditLog.removal(snapshot(p)),
                photos == 0 ? null : "with " + photos + " photo(s)", scope.username());
        p.delete();
        Flush.orConflict(em, () -> "Product " + id + " is still referred to by other records");
    }

    @Transactional
    public Page<AuditLog.AuditEntry> history(long id, PageRequest page) {
        requireAccessible(id);
        return audit.history(Product.AUDIT_TYPE, id, page);
    }

    /**
     * The product with its producer, set and group; 404 when missing, 403 when the caller is
     * confined to another district. Products' sub-resources (photos, certifications) go through here.
     */
    public Product requireAccessible(long id) {
        Product p = Product.<Product>find(WITH_NAMES + " where p.id = ?1", id).firstResult();
        if (p == null) {
            throw ProblemException.notFound("Product", id);
        }
        scope.requirePlaced(p.producer.districtCode, places.communeTodayCode(p.producer));
        return p;
    }

    private void apply(Product p, ProductRequest req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Producer producer = Producer.findById(req.producerId());
        if (producer == null) {
            errors.add(new Problem.FieldError("producerId", ProblemException.doesNotExist("Producer", req.producerId())));
        }
        ProductSet set = productGroups.findSet(req.productSetId());
        if (set == null) {
            errors.add(new Problem.FieldError("productSetId", "unknown product set " + req.productSetId()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        // Moving a product to another producer must be allowed in both units.
        scope.requirePlaced(producer.districtCode, places.communeTodayCode(producer));
        String name = Text.clean(req.name());
        if (Product.count("producer = ?1 and lower(name) = lower(?2) and id <> ?3", producer, name,
                p.id == null ? -1L : p.id) > 0) {
            throw ProblemException.conflict(producer.name + " already has a product named " + name);
        }
        p.producer = producer;
        p.name = name;
        p.description = Text.clean(req.description());
        p.productSet = set;
        p.yearEntered = req.yearEntered();
        p.status = req.status();
    }

    /** A concurrent insert of the same name for the same producer loses at the unique index: 409, not 500. */
    private void flushOrConflict(Product p) {
        Flush.orConflict(em, () -> p.producer.name + " already has a product named " + p.name);
    }

    /** The audited fields, as the history shows them. */
    private static Map<String, Object> snapshot(Product p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", p.name);
        s.put("description", p.description);
        s.put("producerId", p.producer.id);
        s.put("productSetId", p.productSet.id);
        s.put("yearEntered", p.yearEntered);
        s.put("status", p.status.name());
        return s;
    }

    private ProductView view(Product p) {
        return view(p, adminUnits.names(java.util.Collections.singletonList(p.producer.districtCode)),
                certificates.of(List.of(p.id)).get(p.id), places.communesToday(java.util.Collections.singletonList(
                        p.producer.communeId)));
    }

    private static ProductView view(Product p, Map<String, String> districtNames, CurrentOcopCertificate current,
            Map<Long, AdminUnit> communesToday) {
        Producer pr = p.producer;
        AdminUnit today = pr.communeId == null ? null : communesToday.get(pr.communeId);
        ProductSet s = p.productSet;
        return new ProductView(p.id, p.name, p.description, pr.id, pr.name, pr.districtCode,
                districtNames.get(pr.districtCode), pr.communeCode, PlacedUnit.of(today), s.id, s.number, s.name,
                s.legalBasisCode, s.group.code,
                s.group.name, p.yearEntered, p.status, current == null ? null : current.stars(),
                current == null ? null : current.status(), p.version, p.createdAt, p.createdBy,
                p.updatedAt, p.updatedBy);
    }
}
