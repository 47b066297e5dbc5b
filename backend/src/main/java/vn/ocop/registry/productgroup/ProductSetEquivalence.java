package vn.ocop.registry.productgroup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProblemTypes;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.productgroup.ProductGroupDtos.ProductSetSuccessionView;
import vn.ocop.registry.productgroup.ProductGroupDtos.ProductSetView;

/**
 * The equivalence of product sets between decisions (1048 ↔ 148 ↔ 26/2026), from the successions of V111: the set a
 * product of one set belongs to under another legal basis, so that a product re-rated under a later decision is
 * entered in its new set and scored on that set's sheet.
 */
@ApplicationScoped
public class ProductSetEquivalence {
    public static final Map<String, String> SORTABLE = Map.of("fromNumber", "f.number", "toNumber", "t.number",
            "fromLegalBasisCode", "f.legalBasisCode", "toLegalBasisCode", "t.legalBasisCode");

    @Transactional
    public Page<ProductSetSuccessionView> list(ProductSetSuccessionFilter f, PageRequest page) {
        Where where = new Where()
                .and("f.legalBasisCode = :from", "from", ProductGroupService.requireLegalBasis("fromLegalBasis",
                        f.fromLegalBasis()))
                .and("t.legalBasisCode = :to", "to", ProductGroupService.requireLegalBasis("toLegalBasis", f.toLegalBasis()));
        return page.fetch(ProductSetSuccession.find("from ProductSetSuccession x join fetch x.from f join fetch f.group "
                + "join fetch x.to t join fetch t.group where " + where.hql(), page.toSort("f.id"), where.params()),
                ProductSetSuccessionView::of);
    }

    /** The view of {@link #setUnder}: 404 for an unknown set, 400 for an unknown basis, 404 when there is none. */
    @Transactional
    public ProductSetView equivalent(long productSetId, String legalBasisCode) {
        ProductSet set = ProductSet.findById(productSetId);
        if (set == null) {
            throw ProblemException.notFound("Product set", productSetId);
        }
        ProductGroupService.requireLegalBasis("legalBasisCode", legalBasisCode);
        return setUnder(productSetId, legalBasisCode.trim()).map(ProductSetView::of)
                .orElseThrow(() -> new ProblemException(404, ProblemTypes.NOT_FOUND, "Not found", "Product set "
                        + set.number + " (" + set.name + ") of " + set.legalBasisCode + " has no single equivalent under "
                        + legalBasisCode.trim(), null));
    }

    /**
     * The set of a product of {@code productSetId} under {@code legalBasisCode}: the set itself under its own basis,
     * its successor (followed as far as needed) under a later one, its one predecessor under an earlier one; empty
     * when the set has none there (1048 #21) or, going back, several (148 #21 was 1048 #23 and #24). A basis that
     * uses another's sets means that one's (1489: 148).
     */
    @Transactional
    public Optional<ProductSet> setUnder(long productSetId, String legalBasisCode) {
        ProductSet set = ProductSet.findById(productSetId);
        if (set == null) {
            return Optional.empty();
        }
        String basis = LegalBasis.<LegalBasis>findByIdOptional(legalBasisCode).map(b -> b.criteriaBasisCode)
                .orElse(legalBasisCode);
        if (set.legalBasisCode.equals(basis)) {
            return Optional.of(set);
        }
        Optional<ProductSet> forward = forward(set, basis);
        return forward.isPresent() ? forward : backward(set, basis);
    }

    private static Optional<ProductSet> forward(ProductSet set, String basis) {
        Set<Long> seen = new HashSet<>();
        ProductSet current = set;
        while (seen.add(current.id)) {
            ProductSetSuccession next = ProductSetSuccession.findById(current.id);
            if (next == null) {
                return Optional.empty();
            }
            current = next.to;
            if (current.legalBasisCode.equals(basis)) {
                return Optional.of(current);
            }
        }
        return Optional.empty();
    }

    private static Optional<ProductSet> backward(ProductSet set, String basis) {
        List<ProductSet> found = new ArrayList<>();
        Deque<ProductSet> queue = new ArrayDeque<>(List.of(set));
        Set<Long> seen = new HashSet<>(List.of(set.id));
        while (!queue.isEmpty()) {
            ProductSet current = queue.poll();
            for (ProductSetSuccession s : ProductSetSuccession.<ProductSetSuccession>list("to.id", current.id)) {
                if (!seen.add(s.from.id)) {
                    continue;
                }
                if (s.from.legalBasisCode.equals(basis)) {
                    found.add(s.from);
                } else {
                    queue.add(s.from);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }
}
