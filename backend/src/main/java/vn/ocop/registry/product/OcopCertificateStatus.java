package vn.ocop.registry.product;

/**
 * What a shopper or an officer needs to know about an OCOP certificate today. It lives with the product, whose view
 * and list filters show it, because certificates refer to products and not the other way round.
 */
public enum OcopCertificateStatus {
    VALID("Còn hiệu lực"), EXPIRING("Sắp hết hạn"), EXPIRED("Hết hạn"), REVOKED("Đã thu hồi");

    /** The Vietnamese name, for exports and reports. */
    public final String label;

    OcopCertificateStatus(String label) {
        this.label = label;
    }
}
