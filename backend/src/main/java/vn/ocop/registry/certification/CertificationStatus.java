package vn.ocop.registry.certification;

import java.time.LocalDate;

/**
 * A certification's validity on a given day, derived from its expiry date and never stored: a
 * certification is valid through its expiry date, EXPIRING within the last
 * {@value #EXPIRING_WITHIN_DAYS} days of it, EXPIRED after it; one without an expiry date stays VALID.
 */
public enum CertificationStatus {
    VALID("Còn hiệu lực"), EXPIRING("Sắp hết hạn"), EXPIRED("Hết hạn");

    public static final int EXPIRING_WITHIN_DAYS = 30;

    /** The Vietnamese name, for exports and reports. */
    public final String label;

    CertificationStatus(String label) {
        this.label = label;
    }

    public static CertificationStatus of(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return VALID;
        }
        if (expiresOn.isBefore(today)) {
            return EXPIRED;
        }
        return expiresOn.isAfter(today.plusDays(EXPIRING_WITHIN_DAYS)) ? VALID : EXPIRING;
    }

    /**
     * The expiry dates that have this status on {@code today}, so that a status filter runs in SQL:
     * {@code from}/{@code to} are inclusive bounds (null = open), {@code withoutExpiry} whether
     * certifications that never expire belong too.
     */
    public ExpiryRange expiryRange(LocalDate today) {
        return switch (this) {
            case VALID -> new ExpiryRange(today.plusDays(EXPIRING_WITHIN_DAYS + 1L), null, true);
            case EXPIRING -> new ExpiryRange(today, today.plusDays(EXPIRING_WITHIN_DAYS), false);
            case EXPIRED -> new ExpiryRange(null, today.minusDays(1), false);
        };
    }

    public record ExpiryRange(LocalDate from, LocalDate to, boolean withoutExpiry) {
        public boolean contains(LocalDate expiresOn) {
            if (expiresOn == null) {
                return withoutExpiry;
            }
            return (from == null || !expiresOn.isBefore(from)) && (to == null || !expiresOn.isAfter(to));
        }
    }
}
