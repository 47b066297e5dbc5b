package vn.ocop.registry.certification;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.product.CertifiedProducts;
import vn.ocop.registry.product.Product;

/** The product list's certificationType filter, and the check before a product is deleted. */
@ApplicationScoped
public class CertifiedProductsQuery implements CertifiedProducts {
    @Override
    public Condition holding(String type) {
        CertificationType t = QueryValues.enumValue("certificationType", type, CertificationType.class);
        // The product's own certifications, or its producer's facility-level ones.
        return t == null
                ? null
                : new Condition("(exists (select 1 from Certification c where c.product = p and "
                        + "c.type = :ctype) or exists (select 1 from Certification c where c.producer = pr and c.type = :ctype))",
                        Map.of("ctype", t));
    }

    @Override
    public long heldBy(Product p) {
        return Certification.count("product", p);
    }
}
