package vn.ocop.registry.recognition;

import java.time.Instant;

import vn.ocop.registry.product.OcopCertificateStatus;

/** The filters of the OCOP certificate list, parsed; null means "any". */
public record OcopCertificateFilter(String q, String districtCode, Long productId, Long producerId, Long decisionId,
        Integer stars,
        OcopCertificateStatus status, Integer year, Instant updatedSince) {
}
