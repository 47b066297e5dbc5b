package vn.ocop.registry.recognition;

import java.time.LocalDate;

import vn.ocop.registry.product.OcopCertificateStatus;

/**
 * Validity of an OCOP certificate: 36 months from the recognition decision; the holder is
 * reminded at least 30 days before the end; after it the product may no longer carry the logo.
 */
public final class OcopCertificateValidity {
    public static final int VALID_MONTHS = 36;
    public static final int EXPIRING_WITHIN_DAYS = 30;

    private OcopCertificateValidity() {
    }

    /** The last day on which a certificate issued on {@code issuedOn} is valid. */
    public static LocalDate validUntil(LocalDate issuedOn) {
        return issuedOn.plusMonths(VALID_MONTHS).minusDays(1);
    }

    public static OcopCertificateStatus status(LocalDate validUntil, LocalDate revokedOn, LocalDate today) {
        if (revokedOn != null && !revokedOn.isAfter(today)) {
            return OcopCertificateStatus.REVOKED;
        }
        if (validUntil.isBefore(today)) {
            return OcopCertificateStatus.EXPIRED;
        }
        if (!validUntil.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS))) {
            return OcopCertificateStatus.EXPIRING;
        }
        return OcopCertificateStatus.VALID;
    }
}
