package vn.ocop.registry.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.ocop.registry.adminunit.AdminUnitPlacement;
import vn.ocop.registry.adminunit.AdminUnitService;
import vn.ocop.registry.certification.CertificationDtos.CertificationRequest;
import vn.ocop.registry.certification.CertificationDtos.CertificationView;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.Flush;
import vn.ocop.registry.common.InBatches;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.files.FileView;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.ProducerPlaces;
import vn.ocop.registry.product.Product;

@ApplicationScoped
public class CertificationService {
    public static final Map<String, String> SORTABLE = Map.of("id", "c.id", "type", "c.type", "number", "c.number",
            "issuedOn", "c.issuedOn", "expiresOn", "c.expiresOn", "createdAt", "c.createdAt", "updatedAt", "c.updatedAt");

    /** The holder comes in the same query: its district scopes the certification. */
    private static final String WITH_HOLDER = "from Certification c left join fetch c.product p "
            + "left join fetch p.producer pp left join fetch c.producer cp where ";
    /**
     * The same for lists, whose filters use plain left joins: Hibernate counts a page's total with the
     * fetch joins turned into inner joins, which would count no certification at all (each has only one
     * of the two holders).
     */
    private static final String LISTED = "select c from Certification c left join c.product p left join p.producer pp "
            + "left join c.producer cp left join fetch c.product fp left join fetch fp.producer "
            + "left join fetch c.producer where ";

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;
    @Inject
    AdminUnitService adminUnits;
    @Inject
    AuditLog audit;
    @Inject
    ProvinceClock clock;
    @Inject
    ProducerPlaces places;

    @Transactional
    public Page<CertificationView> list(CertificationFilter f, PageRequest page) {
        return scope.listedPlaced(f.districtCode(), null, page, (district, commune) -> {
            LocalDate today = clock.today();
            Where where = new Where()
                    .and("(pp.districtCode = :district or cp.districtCode = :district)", "district", district);
            if (commune != null) {
                // A commune officer: the holders that lie in the commune today, through the successions of units.
                where.and("(" + AdminUnitPlacement.placedIn("pp.communeId", "commune", "today") + " or "
                        + AdminUnitPlacement.placedIn("cp.communeId", "commune", "today") + ")",
                        Map.of("commune", commune, "today", today));
            }
            where
                    .and("c.type = :type", "type", f.type())
                    .and("c.updatedAt >= :updatedSince", "updatedSince", f.updatedSince())
                    .and("p.id = :product", "product", f.productId())
                    // A producer's certifications: its facility-level ones and those of its products.
                    .and("(cp.id = :producer or pp.id = :producer)", "producer", f.producerId());
            if (f.status() != null) {
                CertificationStatus.ExpiryRange range = f.status().expiryRange(today);
                String lower = range.withoutExpiry()
                        ? "(c.expiresOn is null or c.expiresOn >= :statusFrom)"
                        : "c.expiresOn >= :statusFrom";
                where.and(lower, "statusFrom", range.from())
                        .and("c.expiresOn <= :statusTo", "statusTo", range.to());
            }
            if (f.expiringWithinDays() != null) {
                where.and("c.expiresOn >= :today", "today", today)
                        .and("c.expiresOn <= :until", "until", today.plusDays(f.expiringWithinDays()));
            }
            where.matchesAny("q", f.q(), "c.number", "c.issuer", "p.name", "pp.name", "cp.name");
            Page<Certification> rows = page.fetch(Certification.find(LISTED + where.hql(), page.toSort("c.id"),
                    where.params()), Function.identity());
            return views(rows, today);
        });
    }

    @Transactional
    public CertificationView get(long id) {
        return view(requireAccessible(id));
    }

    @Transactional
    public CertificationView create(CertificationRequest req) {
        Certification c = new Certification();
        apply(c, req);
        c.touch(scope.username());
        c.persist();
        flushOrConflict(c);
        record(c, "CERTIFICATION_ADDED", AuditLog.diff(null, snapshot(c)));
        return view(c);
    }

    @Transactional
    public CertificationView update(long id, ExpectedVersion expected, CertificationRequest req) {
        Certification c = requireAccessible(id);
        expected.check(c.version);
        Map<String, Object> before = snapshot(c);
        apply(c, req);
        Map<String, Map<String, Object>> changes = AuditLog.diff(before, snapshot(c));
        if (!changes.isEmpty()) {
            c.touch(scope.username());
            flushOrConflict(c);
            record(c, "CERTIFICATION_UPDATED", changes);
        }
        return view(c);
    }

    /**
     * What {@link #create} (id null) or {@link #update} of certification {@code id} with {@code req} would change, by
     * the same rules and scope, without writing: the audited fields that would change (empty: none). A write that
     * would be refused throws the same {@link ProblemException}. Not transactional, so that a refusal does not doom the
     * caller's transaction: an import checks every row of a file in one.
     */
    public Map<String, Map<String, Object>> changes(Long id, CertificationRequest req) {
        Certification current = id == null ? null : requireAccessible(id);
        Certification draft = new Certification();
        if (current != null) {
            draft.id = current.id;
            draft.product = current.product;
            draft.producer = current.producer;
        }
        apply(draft, req);
        return AuditLog.diff(current == null ? null : snapshot(current), snapshot(draft));
    }

    @Transactional
    public void delete(long id, ExpectedVersion expected) {
        Certification c = requireAccessible(id);
        expected.check(c.version);
        record(c, "CERTIFICATION_REMOVED", AuditLog.removal(snapshot(c)));
        c.delete();
    }

    Certification requireAccessible(long id) {
        Certification c = Certification.<Certification>find(WITH_HOLDER + "c.id = ?1", id).firstResult();
        if (c == null) {
            throw ProblemException.notFound("Certification", id);
        }
        scope.requirePlaced(c.holder().districtCode, places.communeTodayCode(c.holder()));
        return c;
    }

    private void apply(Certification c, CertificationRequest req) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean isNew = c.id == null;
        checkHolder(c, req, errors);
        String number = number(req, errors);
        if (req.issuedOn().isAfter(clock.today())) {
            errors.add(new Problem.FieldError("issuedOn", "must not be in the future"));
        }
        if (req.expiresOn() != null && !req.expiresOn().isAfter(req.issuedOn())) {
            errors.add(new Problem.FieldError("expiresOn", "must be after issuedOn"));
        }
        Product product = isNew && req.productId() != null ? product(req.productId(), errors) : null;
        Producer producer = isNew && req.producerId() != null ? producer(req.producerId(), errors) : null;
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (isNew) {
            c.product = product;
            c.producer = producer;
            scope.requirePlaced(c.holder().districtCode, places.communeTodayCode(c.holder()));
        }
        if (req.type() == CertificationType.BARCODE && Certification.count("type = ?1 and number = ?2 and id <> ?3",
                CertificationType.BARCODE, number, isNew ? -1L : c.id) > 0) {
            throw ProblemException.conflict(barcodeTaken(number));
        }
        c.type = req.type();
        c.number = number;
        c.issuer = Text.clean(req.issuer());
        c.issuedOn = req.issuedOn();
        c.expiresOn = req.expiresOn();
    }

    /** Exactly one holder, and never another one than a recorded certification's. */
    private static void checkHolder(Certification c, CertificationRequest req, List<Problem.FieldError> errors) {
        if ((req.productId() == null) == (req.producerId() == null)) {
            String message = "give exactly one of productId (a product's certification) and producerId (a facility's)";
            errors.add(new Problem.FieldError("productId", message));
            errors.add(new Problem.FieldError("producerId", message));
        } else if (c.id != null && (!Objects.equals(req.productId(), c.product == null ? null : c.product.id)
                || !Objects.equals(req.producerId(), c.producer == null ? null : c.producer.id))) {
            String field = req.productId() != null ? "productId" : "producerId";
            errors.add(new Problem.FieldError(field, "cannot change: delete this certification and record it for the "
                    + "new holder"));
        }
    }

    /** The number as stored: a barcode's GTIN normalized and checked (a barcode identifies a product). */
    private static String number(CertificationRequest req, List<Problem.FieldError> errors) {
        String number = Text.clean(req.number());
        if (req.type() == CertificationType.BARCODE) {
            number = Gtin.normalize(number);
            String problem = Gtin.problem(number);
            if (problem != null) {
                errors.add(new Problem.FieldError("number", problem));
            }
            if (req.producerId() != null && req.productId() == null) {
                errors.add(new Problem.FieldError("producerId", "a BARCODE identifies a product: give productId"));
            }
        }
        return number;
    }

    private static Product product(long id, List<Problem.FieldError> errors) {
        Product product = Product.<Product>find("from Product p join fetch p.producer where p.id = ?1", id).firstResult();
        if (product == null) {
            errors.add(new Problem.FieldError("productId", "unknown product " + id));
        }
        return product;
    }

    private static Producer producer(long id, List<Problem.FieldError> errors) {
        Producer producer = Producer.findById(id);
        if (producer == null) {
            errors.add(new Problem.FieldError("producerId", "unknown producer " + id));
        }
        return producer;
    }

    /** A concurrent registration of the same GTIN loses at the unique index: 409, not 500. */
    private void flushOrConflict(Certification c) {
        Flush.orConflict(em, () -> barcodeTaken(c.number));
    }

    private static String barcodeTaken(String number) {
        return "Barcode " + number + " is already registered for a product";
    }

    /** Into the holder's history: the product's, or the producer's for facility-level certifications. */
    void record(Certification c, String action, Map<String, Map<String, Object>> changes) {
        String note = "Certification " + c.id + " (" + c.type + " " + c.number + ")";
        if (c.product != null) {
            audit.record(Product.AUDIT_TYPE, c.product.id, action, changes, note, scope.username());
        } else {
            audit.record(Producer.AUDIT_TYPE, c.producer.id, action, changes, note, scope.username());
        }
    }

    private static Map<String, Object> snapshot(Certification c) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("certificationId", c.id);
        s.put("type", c.type.name());
        s.put("number", c.number);
        s.put("issuer", c.issuer);
        s.put("issuedOn", c.issuedOn.toString());
        s.put("expiresOn", c.expiresOn == null ? null : c.expiresOn.toString());
        return s;
    }

    CertificationView view(Certification c) {
        return views(new Page<>(List.of(c), 0, 1, 1), clock.today()).items().get(0);
    }

    /**
     * Evidence metadata and district names of a whole page in one query each, a few for a large export
     * (the bytes stay unloaded).
     */
    private Page<CertificationView> views(Page<Certification> rows, LocalDate today) {
        List<Long> ids = rows.items().stream().map(c -> c.id).toList();
        Map<Long, FileView> evidence = InBatches.list(ids,
                slice -> CertificationEvidence.<CertificationEvidence>list("certificationId in ?1", slice)).stream()
                .collect(Collectors.toMap(e -> e.certificationId, CertificationEvidence::view));
        Map<String, String> districts = adminUnits.names(rows.items().stream().map(c -> c.holder().districtCode).toList());
        return rows.map(c -> {
            Producer holder = c.holder();
            return new CertificationView(c.id, c.product == null ? null : c.product.id,
                    c.product == null ? null : c.product.name, c.producer == null ? null : c.producer.id, holder.name,
                    holder.districtCode, districts.get(holder.districtCode), c.type, c.number, c.issuer, c.issuedOn,
                    c.expiresOn, CertificationStatus.of(c.expiresOn, today), evidence.get(c.id), c.version,
                    c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
        });
    }
}
