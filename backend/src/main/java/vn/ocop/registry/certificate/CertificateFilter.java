package vn.ocop.registry.certificate;

import vn.ocop.registry.product.CertificateStatus;

/** The filters of the OCOP certificate list, parsed; null means "any". */
public record CertificateFilter(String q, String districtCode, Long productId, Long producerId, Long decisionId, Integer stars,
        CertificateStatus status, Integer year) {
}
