package vn.ocop.registry.product;

/**
 * What a product's latest certificate says today: its stars count only while it may carry the OCOP
 * logo (VALID or EXPIRING); the status is shown whatever it is, so a lapsed product is visible as such.
 */
public record CurrentCertificate(Integer stars, CertificateStatus status) {

    public static CurrentCertificate of(int stars, CertificateStatus status) {
        boolean live = status == CertificateStatus.VALID || status == CertificateStatus.EXPIRING;
        return new CurrentCertificate(live ? stars : null, status);
    }
}
