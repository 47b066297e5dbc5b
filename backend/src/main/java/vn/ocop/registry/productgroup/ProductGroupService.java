package vn.ocop.registry.productgroup;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Where;
import vn.ocop.registry.productgroup.ProductGroupDtos.LegalBasisView;
import vn.ocop.registry.productgroup.ProductGroupDtos.ProductGroupView;
import vn.ocop.registry.productgroup.ProductGroupDtos.ProductSetView;

/** The read-only reference data of product classification: legal bases, groups and product sets (seeded). */
@ApplicationScoped
public class ProductGroupService {
    @Inject
    LegalBases legalBases;

    public static final Map<String, String> LEGAL_BASIS_SORTABLE = Map.of("code", "code", "signedOn", "signedOn",
            "effectiveFrom", "effectiveFrom", "inForceFrom", "inForceFrom");
    public static final Map<String, String> GROUP_SORTABLE = Map.of("id", "id", "code", "code", "name", "name",
            "position", "position", "legalBasisCode", "legalBasisCode");
    public static final Map<String, String> SET_SORTABLE = Map.of("id", "s.id", "number", "s.number", "name", "s.name",
            "legalBasisCode", "s.legalBasisCode", "groupCode", "g.code");

    @Transactional
    public Page<LegalBasisView> legalBases(PageRequest page) {
        return page.fetch(LegalBasis.findAll(page.toSort("code")), LegalBasisView::of);
    }

    @Transactional
    public LegalBasisView inForce(LocalDate on) {
        return LegalBasisView.of(legalBases.requireInForceOn(on));
    }

    @Transactional
    public Page<ProductGroupView> groups(ProductGroupFilter f, PageRequest page) {
        Where where = new Where().and("legalBasisCode = :basis", "basis", requireLegalBasis(f.legalBasis()));
        return page.fetch(ProductGroup.find(where.hql(), page.toSort("id"), where.params()), ProductGroupView::of);
    }

    @Transactional
    public Page<ProductSetView> sets(ProductSetFilter f, PageRequest page) {
        Where where = new Where()
                .and("s.legalBasisCode = :basis", "basis", requireLegalBasis(f.legalBasis()))
                .and("g.code = :group", "group", requireGroupCode(f.groupCode()))
                .matches("s.name", "q", f.q());
        return page.fetch(ProductSet.find("from ProductSet s join fetch s.group g where " + where.hql(),
                page.toSort("s.id"), where.params()), ProductSetView::of);
    }

    /** The product set with its group, or null when there is none. */
    public ProductSet findSet(Long id) {
        return id == null
                ? null
                : ProductSet.<ProductSet>find("from ProductSet s join fetch s.group where s.id = ?1", id).firstResult();
    }

    /** A group-code filter: 400 unless it is one of {@link ProductGroup#CODES}. */
    public static String requireGroupCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!ProductGroup.CODES.contains(code.trim())) {
            throw ProblemException.invalid("groupCode", "must be one of " + String.join(", ", ProductGroup.CODES));
        }
        return code.trim();
    }

    private static String requireLegalBasis(String code) {
        return requireLegalBasis("legalBasis", code);
    }

    /**
     * The basis whose groups and sets a filter or parameter named {@code field} means: the basis itself, or the one it
     * uses (1489: 148); 400 unless it is a known basis.
     */
    static String requireLegalBasis(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        LegalBasis basis = LegalBasis.findById(code.trim());
        if (basis == null) {
            throw ProblemException.invalid(field, "unknown legal basis " + code.trim()
                    + "; GET /api/v1/legal-bases lists them");
        }
        return basis.criteriaBasisCode;
    }
}
