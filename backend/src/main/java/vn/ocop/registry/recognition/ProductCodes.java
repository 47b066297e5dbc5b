package vn.ocop.registry.recognition;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.productgroup.LegalBasis;

/**
 * Numbers certified products by the scheme of the decision's legal basis (data on the basis): T-H-STT-year under
 * 1048 and 148 (province, district), T-X-STT-year under 1489 and 26/2026 (province, commune). Numbers run per prefix
 * and year and are never given twice: the counter lives in {@code product_code_sequence}, advanced atomically.
 */
@ApplicationScoped
class ProductCodes {
    @Inject
    EntityManager em;

    /** The next code of {@code p} recognised on {@code decidedOn}, placed on the map of that day. */
    String next(Product p, LegalBasis basis, LocalDate decidedOn) {
        int year = decidedOn.getYear();
        String prefix = prefix(p, basis, decidedOn);
        Number sequence = (Number) em.createNativeQuery("""
                INSERT INTO product_code_sequence (prefix, year, last_value) VALUES (:prefix, :year, 1)
                ON CONFLICT (prefix, year) DO UPDATE SET last_value = product_code_sequence.last_value + 1
                RETURNING last_value""")
                .setParameter("prefix", prefix).setParameter("year", year).getSingleResult();
        return ProductCode.format(prefix, sequence.intValue(), year);
    }

    private static String prefix(Product p, LegalBasis basis, LocalDate decidedOn) {
        AdminUnit unit = switch (ProductCode.Scheme.valueOf(basis.productCodeScheme)) {
            case PROVINCE_DISTRICT -> ProductCodePlace.districtOf(p.producer);
            case PROVINCE_COMMUNE -> {
                AdminUnit commune = ProductCodePlace.communeOf(p.producer, decidedOn);
                if (commune == null) {
                    throw ProblemException.conflict("Product " + p.id + " needs its producer's commune: "
                            + basis.decisionNumber + " numbers products by commune (T-X-STT-year)");
                }
                yield commune;
            }
        };
        if (unit == null) {
            throw ProblemException.conflict("Product " + p.id + " has no district: " + basis.decisionNumber
                    + " numbers products by district (T-H-STT-year)");
        }
        AdminUnit province = ProductCodePlace.provinceOf(unit);
        if (province == null) {
            throw ProblemException.conflict("Product " + p.id + ": unit " + unit.code + " lies in no province, so it has "
                    + "no product code");
        }
        return ProductCode.prefix(province.code, unit.code);
    }
}
