package vn.ocop.registry.certificate;

import java.time.LocalDate;

import vn.ocop.registry.product.CertificateStatus;

/**
 * Validity of an OCOP certificate: 36 months from the recognition decision; the holder is
 * reminded at least 30 days before the end; after it the product may no longer carry the logo.
 */
public final class CertificateValidity {
    public static final int VALID_MONTHS = 36;
    public static final int EXPIRING_WITHIN_DAYS = 30;

    private CertificateValidity() {
    }

    /** The last day on which a certificate issued on {@code issuedOn} is valid. */
    public static LocalDate validUntil(LocalDate issuedOn) {
        return issuedOn.plusMonths(VALID_MONTHS).minusDays(1);
    }

    public static CertificateStatus status(LocalDate validUntil, LocalDate revokedOn, LocalDate today) {
        if (revokedOn != null && !revokedOn.isAfter(today)) {
            return CertificateStatus.REVOKED;
        }
        if (validUntil.isBefore(today)) {
            return CertificateStatus.EXPIRED;
        }
        if (!validUntil.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS))) {
            return CertificateStatus.EXPIRING;
        }
        return CertificateStatus.VALID;
    }
}
