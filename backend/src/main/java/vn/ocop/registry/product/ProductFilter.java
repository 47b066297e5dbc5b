package vn.ocop.registry.product;

import java.time.Instant;

/** The filters of the product list, parsed; null means "any". */
public record ProductFilter(String q, String districtCode, String communeCode, String groupCode, Long productSetId,
        Long producerId,
        Integer year, ProductStatus status, CertifiedProducts.Condition certification, Integer stars,
        OcopCertificateStatus certificateStatus, Instant updatedSince) {
}
