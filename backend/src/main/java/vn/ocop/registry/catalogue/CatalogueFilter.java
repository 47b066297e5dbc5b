package vn.ocop.registry.catalogue;

import vn.ocop.registry.product.OcopCertificateStatus;

/** The filters of the public catalogue list, parsed; null means "any". */
public record CatalogueFilter(String q, String districtCode, String groupCode, Integer stars, OcopCertificateStatus status) {
}
