package vn.ocop.registry.product;

import java.util.Map;

/**
 * Which products hold certifications (IP, barcode, quality), and of which types. Certifications refer to
 * products, so the certification package answers this for the product list and product does not depend on it.
 */
public interface CertifiedProducts {
    /**
     * The condition, over product {@code p} and its producer {@code pr}, that either holds a certification of
     * the type named by the query parameter certificationType (any status); null when it is absent, a 400 when
     * there is no such type.
     */
    Condition holding(String type);

    /** How many certifications product {@code p} holds itself (its producer's facility-level ones not counted). */
    long heldBy(Product p);

    /** An HQL condition with the parameters it uses. */
    record Condition(String hql, Map<String, Object> params) {
    }
}
