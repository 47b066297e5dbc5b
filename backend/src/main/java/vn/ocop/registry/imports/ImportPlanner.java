package vn.ocop.registry.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.certification.Certification;
import vn.ocop.registry.certification.CertificationDtos.CertificationRequest;
import vn.ocop.registry.certification.CertificationService;
import vn.ocop.registry.certification.CertificationType;
import vn.ocop.registry.certification.Gtin;
import vn.ocop.registry.common.InBatches;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.imports.ImportDtos.ImportAction;
import vn.ocop.registry.imports.ImportDtos.ImportError;
import vn.ocop.registry.imports.ImportDtos.ImportReport;
import vn.ocop.registry.imports.ImportDtos.ImportRowResult;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.producer.ProducerDtos.ProducerRequest;
import vn.ocop.registry.producer.ProducerPlaces;
import vn.ocop.registry.producer.ProducerService;
import vn.ocop.registry.producer.ProducerType;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.ProductDtos.ProductRequest;
import vn.ocop.registry.product.ProductService;
import vn.ocop.registry.product.ProductStatus;

/**
 * Checks every row of a sheet and decides what a commit does with it, without writing: cells are read into the API's
 * request records, checked by their bean-validation constraints and then by the services' own rules and unit scope
 * ({@code changes}, the rules of create and update without the write), and matched to the registry by natural key
 * ({@link ImportKind}). Blank optional cells keep what the registry holds.
 */
@ApplicationScoped
class ImportPlanner {
    @Inject
    EntityManager em;
    @Inject
    Validator validator;
    @Inject
    UnitScope scope;
    @Inject
    ProducerPlaces places;
    @Inject
    ImportChoices choices;
    @Inject
    ProducerService producers;
    @Inject
    ProductService products;
    @Inject
    CertificationService certifications;

    /** A row's write as the commit does it: a create, or an update of {@code id} read at {@code version}. */
    record Step(int row, ImportAction action, Long id, long version, Object request) {
    }

    record Plan(ImportReport report, List<Step> steps) {
    }

    /** What one row comes to: its step (null when rejected), key and changed fields. */
    private record Outcome(int row, Step step, String key, List<String> changed) {
    }

    @Transactional
    Plan plan(ImportKind kind, ImportSheet sheet, String fileName) {
        // Nothing is written, so queries need not flush the drafts the rules look at.
        em.unwrap(Session.class).setHibernateFlushMode(FlushMode.MANUAL);
        RowReader reader = new RowReader(kind, sheet, choices.load());
        List<Outcome> outcomes = switch (kind) {
            case PRODUCERS -> producers(sheet, reader);
            case PRODUCTS -> products(sheet, reader);
            case CERTIFICATIONS -> certifications(sheet, reader);
        };
        List<ImportError> errors = reader.errors().stream()
                .sorted(Comparator.comparingInt(ImportError::row).thenComparing(e -> e.column() == null
                        ? "~"
                        : String.format("%3s", e.column())))
                .toList();
        List<ImportRowResult> rows = outcomes.stream().map(o -> new ImportRowResult(o.row(),
                o.step() == null ? ImportAction.REJECTED : o.step().action(), o.step() == null ? null : o.step().id(),
                o.key(), o.changed())).toList();
        List<Step> steps = outcomes.stream().map(Outcome::step).filter(Objects::nonNull).toList();
        ImportReport report = new ImportReport(kind, fileName, errors.isEmpty(), rows.size(),
                count(rows, ImportAction.CREATE), count(rows, ImportAction.UPDATE), count(rows, ImportAction.SKIP),
                count(rows, ImportAction.REJECTED), rows, errors);
        return new Plan(report, errors.isEmpty() ? steps : List.of());
    }

    private static int count(List<ImportRowResult> rows, ImportAction action) {
        return (int) rows.stream().filter(r -> r.action() == action).count();
    }

    // Producers: by tax code, else by name in the commune (or the district).

    private record ProducerRow(ImportSheet.SheetRow row, ProducerRequest cells) {
    }

    private List<Outcome> producers(ImportSheet sheet, RowReader r) {
        List<ProducerRow> read = new ArrayList<>();
        for (ImportSheet.SheetRow row : sheet.rows) {
            r.start(row);
            read.add(new ProducerRow(row, new ProducerRequest(r.choice("type", ProducerType.class), r.text("name"),
                    r.taxCode("taxCode"), r.text("representative"), r.text("phone"), r.text("email"), r.text("address"),
                    r.choice("districtCode"), r.choice("communeCode"), r.date("registeredOn"))));
        }
        Map<String, Producer> byTaxCode = InBatches.list(read.stream().map(p -> p.cells().taxCode())
                .filter(Objects::nonNull).distinct().toList(), slice -> Producer.<Producer>list("taxCode in ?1", slice))
                .stream().collect(Collectors.toMap(p -> p.taxCode, Function.identity()));
        List<String> unitCodes = read.stream().flatMap(p -> Stream.of(p.cells().districtCode(), p.cells().communeCode()))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, List<Producer>> byPlace = InBatches.list(unitCodes,
                slice -> Producer.<Producer>list("communeCode in ?1 or districtCode in ?1", slice)).stream()
                .flatMap(p -> Stream.of(placeKey(p.name, "c", p.communeCode), placeKey(p.name, "d", p.districtCode))
                        .filter(Objects::nonNull).map(k -> Map.entry(k, p)))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                        Collectors.toList())));
        Map<String, Integer> seen = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (ProducerRow pr : read) {
            r.start(pr.row());
            ProducerRequest c = pr.cells();
            String place = c.communeCode() != null
                    ? placeKey(c.name(), "c", c.communeCode())
                    : placeKey(c.name(), "d", c.districtCode());
            String key = c.taxCode() != null ? c.taxCode() : place;
            String keyField = c.taxCode() != null ? "taxCode" : "name";
            if (key != null && seen.putIfAbsent(key, pr.row().number()) != null) {
                r.error(keyField, "appears twice in the file: row " + seen.get(key) + " has the same "
                        + (c.taxCode() != null ? "tax code" : "name in the same commune or district"));
            }
            Producer existing = c.taxCode() != null ? byTaxCode.get(c.taxCode()) : null;
            if (existing == null && place != null) {
                List<Producer> named = byPlace.getOrDefault(place, List.of());
                if (named.size() > 1) {
                    r.error("name", named.size() + " producers of this name are registered there: give the tax code");
                }
                existing = named.size() == 1 ? named.get(0) : null;
            }
            ProducerRequest req = existing == null ? c : merge(existing, c);
            // A refusal of the unit goes on the unit the row names.
            String placeField = c.districtCode() == null && c.communeCode() != null ? "communeCode" : "districtCode";
            Long id = existing == null ? null : existing.id;
            outcomes.add(outcome(r, pr.row().number(), key == null ? c.name() : key, existing == null
                    ? null
                    : existing.version, id, req, Map.of(), e -> e.status() == 403 ? placeField : keyField,
                    () -> producers.changes(id, req)));
        }
        return outcomes;
    }

    private static String placeKey(String name, String level, String code) {
        return name == null || code == null ? null : name.toLowerCase(Locale.ROOT) + " @" + level + code;
    }

    private static ProducerRequest merge(Producer p, ProducerRequest c) {
        return new ProducerRequest(or(c.type(), p.type), or(c.name(), p.name), or(c.taxCode(), p.taxCode),
                or(c.representative(), p.representative), or(c.phone(), p.phone), or(c.email(), p.email),
                or(c.address(), p.address), or(c.districtCode(), c.communeCode() == null ? p.districtCode : null),
                or(c.communeCode(), c.districtCode() == null ? p.communeCode : null),
                or(c.registeredOn(), p.registeredOn));
    }

    // Products: by producer and name.

    private record ProductRow(ImportSheet.SheetRow row, String producerTaxCode, String producerName,
            ProductRequest cells) {
    }

    private List<Outcome> products(ImportSheet sheet, RowReader r) {
        List<ProductRow> read = new ArrayList<>();
        for (ImportSheet.SheetRow row : sheet.rows) {
            r.start(row);
            String set = r.choice("productSetId");
            read.add(new ProductRow(row, r.taxCode("producerTaxCode"), r.text("producerName"),
                    new ProductRequest(r.text("name"), r.text("description"), null,
                            set == null || !r.ok() ? null : Long.valueOf(set), r.integer("yearEntered"),
                            r.choice("status", ProductStatus.class))));
        }
        ProducerIndex index = producerIndex(read.stream().map(ProductRow::producerTaxCode).toList(),
                read.stream().map(ProductRow::producerName).toList());
        Map<String, Product> existingProducts = productsOf(index.all());
        Map<String, Integer> seen = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (ProductRow pr : read) {
            r.start(pr.row());
            Producer producer = index.find(r, pr.producerTaxCode(), pr.producerName());
            ProductRequest c = pr.cells();
            String key = producer == null || c.name() == null ? null : productKey(producer.id, c.name());
            if (key != null && seen.putIfAbsent(key, pr.row().number()) != null) {
                r.error("name", "appears twice in the file: row " + seen.get(key) + " names the same product of the "
                        + "same producer");
            }
            Product existing = key == null ? null : existingProducts.get(key);
            ProductRequest req = new ProductRequest(c.name(),
                    existing == null ? c.description() : or(c.description(), existing.description),
                    producer == null ? null : producer.id, c.productSetId(), c.yearEntered(),
                    or(c.status(), existing == null ? ProductStatus.ACTIVE : existing.status));
            String producerField = index.field(pr.producerTaxCode());
            Long id = existing == null ? null : existing.id;
            outcomes.add(outcome(r, pr.row().number(), producer == null ? c.name() : producer.name + " / " + c.name(),
                    existing == null ? null : existing.version, id, req, Map.of("producerId", producerField),
                    e -> e.status() == 403 ? producerField : "name", () -> products.changes(id, req)));
        }
        return outcomes;
    }

    private static String productKey(long producerId, String name) {
        return producerId + "/" + name.toLowerCase(Locale.ROOT);
    }

    /** The products of these producers, by {@link #productKey}. */
    private static Map<String, Product> productsOf(Collection<Producer> producers) {
        return InBatches.list(producers.stream().map(p -> p.id).distinct().toList(),
                slice -> Product.<Product>list("producer.id in ?1", slice)).stream()
                .collect(Collectors.toMap(p -> productKey(p.producer.id, p.name), Function.identity(), (a, b) -> a));
    }

    // Certifications: by holder (product, or producer for a facility-level one), kind and number.

    private record CertificationRow(ImportSheet.SheetRow row, String producerTaxCode, String producerName,
            String productName, CertificationRequest cells) {
    }

    private List<Outcome> certifications(ImportSheet sheet, RowReader r) {
        List<CertificationRow> read = new ArrayList<>();
        for (ImportSheet.SheetRow row : sheet.rows) {
            r.start(row);
            CertificationType type = r.choice("type", CertificationType.class);
            String number = r.text("number");
            read.add(new CertificationRow(row, r.taxCode("producerTaxCode"), r.text("producerName"),
                    r.text("productName"), new CertificationRequest(null, null, type,
                            type == CertificationType.BARCODE ? Gtin.normalize(number) : number, r.text("issuer"),
                            r.date("issuedOn"), r.date("expiresOn"))));
        }
        ProducerIndex index = producerIndex(read.stream().map(CertificationRow::producerTaxCode).toList(),
                read.stream().map(CertificationRow::producerName).toList());
        Map<String, Product> productsByKey = productsOf(index.all());
        List<Long> producerIds = index.all().stream().map(p -> p.id).distinct().toList();
        Map<String, Certification> existingByKey = InBatches.list(producerIds,
                slice -> Certification.<Certification>list("from Certification c left join fetch c.product p "
                        + "where p.producer.id in ?1 or c.producer.id in ?1", slice))
                .stream().collect(Collectors.toMap(c -> certificationKey(c.product == null ? null : c.product.id,
                        c.producer == null ? null : c.producer.id, c.type, c.number), Function.identity(), (a, b) -> a));
        Map<String, Integer> seen = new HashMap<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (CertificationRow cr : read) {
            r.start(cr.row());
            Producer producer = index.find(r, cr.producerTaxCode(), cr.producerName());
            Product product = null;
            if (producer != null && cr.productName() != null) {
                product = productsByKey.get(productKey(producer.id, cr.productName()));
                if (product == null) {
                    r.error("productName", producer.name + " has no product of this name");
                }
            }
            CertificationRequest c = cr.cells();
            Long productId = product == null ? null : product.id;
            Long producerId = producer == null || cr.productName() != null ? null : producer.id;
            String key = producer == null || c.type() == null || c.number() == null
                    ? null
                    : certificationKey(productId, producerId, c.type(), c.number());
            if (key != null && seen.putIfAbsent(key, cr.row().number()) != null) {
                r.error("number", "appears twice in the file: row " + seen.get(key) + " has the same holder, kind "
                        + "and number");
            }
            Certification existing = key == null ? null : existingByKey.get(key);
            CertificationRequest req = existing == null
                    ? new CertificationRequest(productId, producerId, c.type(), c.number(), c.issuer(), c.issuedOn(),
                            c.expiresOn())
                    : new CertificationRequest(productId, producerId, c.type(), c.number(), or(c.issuer(),
                            existing.issuer), or(c.issuedOn(), existing.issuedOn), or(c.expiresOn(), existing.expiresOn));
            String producerField = index.field(cr.producerTaxCode());
            Long id = existing == null ? null : existing.id;
            outcomes.add(outcome(r, cr.row().number(), c.type() + " " + c.number(),
                    existing == null ? null : existing.version, id, req,
                    Map.of("productId", "productName", "producerId", producerField),
                    e -> e.status() == 403 ? producerField : "number", () -> certifications.changes(id, req)));
        }
        return outcomes;
    }

    private static String certificationKey(Long productId, Long producerId, CertificationType type, String number) {
        return (productId != null ? "p" + productId : "o" + producerId) + "/" + type + "/" + number;
    }

    // Shared: the producer a product or certification row names, among those the caller may work on.

    private ProducerIndex producerIndex(List<String> taxCodes, List<String> names) {
        List<Producer> found = new ArrayList<>(InBatches.list(taxCodes.stream().filter(Objects::nonNull).distinct()
                .toList(), slice -> Producer.<Producer>list("taxCode in ?1", slice)));
        found.addAll(InBatches.list(names.stream().filter(Objects::nonNull).distinct().toList(),
                slice -> Producer.<Producer>list("name in ?1", slice)));
        Map<Long, AdminUnit> today = places.communesToday(found.stream().map(p -> p.communeId).toList());
        List<Producer> workable = found.stream().distinct().filter(p -> scope.mayReadPlaced(p.districtCode,
                p.communeId == null || !today.containsKey(p.communeId) ? null : today.get(p.communeId).code)).toList();
        return new ProducerIndex(workable);
    }

    private static final class ProducerIndex {
        private final Map<String, Producer> byTaxCode = new HashMap<>();
        private final Map<String, List<Producer>> byName = new HashMap<>();
        private final List<Producer> all;

        ProducerIndex(List<Producer> producers) {
            this.all = producers;
            for (Producer p : producers) {
                if (p.taxCode != null) {
                    byTaxCode.put(p.taxCode, p);
                }
                byName.computeIfAbsent(p.name, n -> new ArrayList<>()).add(p);
            }
        }

        List<Producer> all() {
            return all;
        }

        /** The column that names the producer in a row: the tax code when given, else the name. */
        String field(String taxCode) {
            return taxCode != null ? "producerTaxCode" : "producerName";
        }

        Producer find(RowReader r, String taxCode, String name) {
            if (taxCode != null) {
                Producer p = byTaxCode.get(taxCode);
                if (p == null) {
                    r.error("producerTaxCode", "no producer with this tax code is registered"
                            + " (among those you may work on)");
                }
                return p;
            }
            if (name == null) {
                r.error("producerTaxCode", "is required: the producer's tax code, or its name without one");
                return null;
            }
            List<Producer> named = byName.getOrDefault(name, List.of());
            if (named.size() != 1) {
                r.error("producerName", named.isEmpty()
                        ? "no producer of this name is registered (among those you may work on)"
                        : named.size() + " producers have this name: give the tax code");
                return null;
            }
            return named.get(0);
        }
    }

    /**
     * The outcome of a row once its cells are read: the request's constraints, then the service's rules and scope
     * (only for a row without errors, whose request is complete).
     */
    private <R> Outcome outcome(RowReader r, int row, String key, Long version, Long id, R req,
            Map<String, String> columnOf, Function<ProblemException, String> fallback,
            java.util.function.Supplier<Map<String, Map<String, Object>>> changes) {
        if (r.ok()) {
            for (ConstraintViolation<R> v : validator.validate(req)) {
                String field = v.getPropertyPath().toString();
                r.error(columnOf.getOrDefault(field, field), v.getMessage());
            }
        }
        if (!r.ok()) {
            return new Outcome(row, null, key, List.of());
        }
        try {
            List<String> changed = List.copyOf(changes.get().keySet());
            ImportAction action = id == null
                    ? ImportAction.CREATE
                    : changed.isEmpty() ? ImportAction.SKIP : ImportAction.UPDATE;
            return new Outcome(row, new Step(row, action, id, version == null ? 0 : version, req), key,
                    action == ImportAction.UPDATE ? changed : List.of());
        } catch (ProblemException e) {
            r.refused(e, columnOf, fallback.apply(e));
            return new Outcome(row, null, key, List.of());
        }
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
