package vn.ocop.registry.product;

import java.util.Collection;
import java.util.Map;

import vn.ocop.registry.product.CertifiedProducts.Condition;

/**
 * A product's OCOP standing, read from its latest certificate. Certificates refer to products, so the certificate
 * package answers this for the product list and view, and product does not depend on it.
 */
public interface CurrentOcopCertificates {
    /** The stars and status of each product's latest certificate; products without one are absent. */
    Map<Long, CurrentOcopCertificate> of(Collection<Long> productIds);

    /** The condition that product {@code p}'s latest certificate is live (VALID or EXPIRING) with these stars. */
    Condition withStars(int stars);

    /** The condition that product {@code p}'s latest certificate has this status today. */
    Condition withStatus(OcopCertificateStatus status);
}
