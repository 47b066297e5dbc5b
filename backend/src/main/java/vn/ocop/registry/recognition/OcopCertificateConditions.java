package vn.ocop.registry.recognition;

import java.time.LocalDate;
import java.util.Map;

import vn.ocop.registry.product.OcopCertificateStatus;

/**
 * Certificate status is derived from dates, so filters on it become date conditions evaluated in the
 * database (HQL over an OcopCertificate alias, with parameters :today and :soon). Shared by the
 * certificate list and the product list.
 */
public final class OcopCertificateConditions {
    /** The product's latest certificate: the one that decides its current stars. */
    public static final String LATEST = "%1$s.id = (select max(l.id) from OcopCertificate l where l.product = %1$s.product)";

    private OcopCertificateConditions() {
    }

    /** The condition that certificate {@code a} has {@code status}. */
    public static String status(String a, OcopCertificateStatus status) {
        String live = "(" + a + ".revokedOn is null or " + a + ".revokedOn > :today)";
        return switch (status) {
            case REVOKED -> a + ".revokedOn <= :today";
            case EXPIRED -> live + " and " + a + ".validUntil < :today";
            case EXPIRING -> live + " and " + a + ".validUntil >= :today and " + a + ".validUntil <= :soon";
            case VALID -> live + " and " + a + ".validUntil > :soon";
        };
    }

    /** The condition that certificate {@code a} still allows the OCOP logo (VALID or EXPIRING). */
    public static String live(String a) {
        return "(" + a + ".revokedOn is null or " + a + ".revokedOn > :today) and " + a + ".validUntil >= :today";
    }

    /** The parameters {@code condition} uses. */
    public static Map<String, Object> params(String condition, LocalDate today) {
        return condition.contains(":soon")
                ? Map.of("today", today, "soon", today.plusDays(OcopCertificateValidity.EXPIRING_WITHIN_DAYS))
                : Map.of("today", today);
    }
}
