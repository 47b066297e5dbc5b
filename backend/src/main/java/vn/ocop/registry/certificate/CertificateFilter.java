package vn.ocop.registry.certificate;

/** Filters of the certificate list; null means "any". */
public record CertificateFilter(String q, String districtCode, Long productId, Long producerId, Long decisionId,
        Integer stars, CertificateStatus status, Integer year) {
}
