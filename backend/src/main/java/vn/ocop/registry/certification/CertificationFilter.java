package vn.ocop.registry.certification;

import java.time.Instant;

/** The filters of the certification list, parsed; null means "any". */
public record CertificationFilter(String q, CertificationType type, CertificationStatus status, String districtCode,
        Long productId, Long producerId, Integer expiringWithinDays, Instant updatedSince) {
}
