package vn.ocop.registry.product;

/**
 * What a product's latest certificate says today: its stars count only while it may carry the OCOP
 * logo (VALID or EXPIRING); the status is shown whatever it is, so a lapsed product is visible as such.
 */
public record CurrentOcopCertificate(Integer stars, OcopCertificateStatus status) {

    public static CurrentOcopCertificate of(int stars, OcopCertificateStatus status) {
        boolean live = status == OcopCertificateStatus.VALID || status == OcopCertificateStatus.EXPIRING;
        return new CurrentOcopCertificate(live ? stars : null, status);
    }
}
