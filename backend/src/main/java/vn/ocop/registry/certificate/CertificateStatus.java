package vn.ocop.registry.certificate;

/** What a shopper or an officer needs to know about an OCOP certificate today. */
public enum CertificateStatus {
    VALID("Còn hiệu lực"), EXPIRING("Sắp hết hạn"), EXPIRED("Hết hạn"), REVOKED("Đã thu hồi");

    /** The Vietnamese name, for exports and reports. */
    public final String label;

    CertificateStatus(String label) {
        this.label = label;
    }
}
