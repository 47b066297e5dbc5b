package vn.ocop.registry.commerce;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.ocop.registry.common.InBatches;
import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.UnitScope;

/**
 * What commerce records point at (producers, products, partners), loaded with one query per kind
 * for a whole page of rows, and the checks that a request names existing ones.
 */
@ApplicationScoped
public class CommerceRefs {

    public record ProducerRef(long id, String name, String districtCode, String districtName) {
    }

    public record ProductRef(long id, String name, long producerId, String producerName, String districtCode) {
        ProductSummary summary() {
            return new ProductSummary(id, name, producerId, producerName);
        }
    }

    record PartnerName(long id, String name) {
    }

    /** One product listed by an owner (an order, a contract, …). */
    record OwnedProduct(long ownerId, long productId) {
    }

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;

    public Map<Long, ProducerRef> producers(Collection<Long> ids) {
        Map<Long, ProducerRef> refs = new HashMap<>();
        rows("select new ProducerRef(p.id, p.name, p.districtCode, u.name) from Producer p "
                + "left join AdminUnit u on u.id = p.districtId where p.id in :ids", ProducerRef.class, ids)
                .forEach(r -> refs.put(r.id(), r));
        return refs;
    }

    public Map<Long, ProductRef> products(Collection<Long> ids) {
        Map<Long, ProductRef> refs = new HashMap<>();
        rows("select new ProductRef(p.id, p.name, pr.id, pr.name, pr.districtCode) from Product p join p.producer pr "
                + "where p.id in :ids", ProductRef.class, ids)
                .forEach(r -> refs.put(r.id(), r));
        return refs;
    }

    public Map<Long, String> partnerNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        rows("select new PartnerName(p.id, p.name) from Partner p where p.id in :ids", PartnerName.class, ids)
                .forEach(r -> names.put(r.id(), r.name()));
        return names;
    }

    /** The rows of {@code hql} for the distinct {@code ids} (its parameter {@code :ids}), in slices for long lists. */
    private <T> List<T> rows(String hql, Class<T> type, Collection<Long> ids) {
        return InBatches.list(ids, slice -> em.createQuery(hql, type).setParameter("ids", slice).getResultList());
    }

    /**
     * The products listed by each of {@code ownerIds} in the {@code productIds} collection of entity
     * {@code owner}, by name: two queries for a whole page.
     */
    public Map<Long, List<ProductSummary>> productsOf(Class<?> owner, Collection<Long> ownerIds) {
        Map<Long, List<ProductSummary>> result = new HashMap<>();
        if (ownerIds.isEmpty()) {
            return result;
        }
        List<OwnedProduct> pairs = rows("select new OwnedProduct(o.id, pid) from " + owner.getSimpleName()
                + " o join o.productIds pid where o.id in :ids", OwnedProduct.class, ownerIds);
        Map<Long, ProductRef> refs = products(pairs.stream().map(OwnedProduct::productId).toList());
        for (OwnedProduct r : pairs) {
            result.computeIfAbsent(r.ownerId(), k -> new ArrayList<>()).add(refs.get(r.productId()).summary());
        }
        result.values().forEach(list -> list.sort(Comparator.comparing(ProductSummary::productName)
                .thenComparing(ProductSummary::productId)));
        return result;
    }

    /**
     * The producer a request names, or null with an error on {@code field} when there is none.
     */
    public ProducerRef producer(Long id, String field, List<Problem.FieldError> errors) {
        if (id == null) {
            return null;
        }
        ProducerRef ref = producers(List.of(id)).get(id);
        if (ref == null) {
            errors.add(new Problem.FieldError(field, ProblemException.doesNotExist("Producer", id)));
        }
        return ref;
    }

    /**
     * The products a request names, checking that each exists and, when {@code producerId} is given,
     * belongs to that producer; each failure is an error on {@code field.apply(index)}. Without a producer
     * (a point of sale) products of every district may be named.
     */
    public Map<Long, ProductRef> products(List<Long> ids, Long producerId, IntFunction<String> field,
            List<Problem.FieldError> errors) {
        Map<Long, ProductRef> refs = products(ids.stream().filter(Objects::nonNull).toList());
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null) {
                continue;
            }
            ProductRef ref = refs.get(id);
            if (ref == null) {
                errors.add(new Problem.FieldError(field.apply(i), ProblemException.doesNotExist("Product", id)));
            } else if (producerId != null && ref.producerId() != producerId) {
                // Of a product the caller may not read, they learn nothing: not its name, not that it exists.
                errors.add(new Problem.FieldError(field.apply(i), scope.mayRead(ref.districtCode())
                        ? "product " + id + " belongs to another producer"
                        : ProblemException.doesNotExist("Product", id)));
            }
        }
        return refs;
    }

    /** Duplicates named in a set-like list (product ids offered, shown) are dropped, first mention kept. */
    static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream().filter(Objects::nonNull).toList()));
    }
}
