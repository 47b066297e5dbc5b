package vn.ocop.registry.productgroup;

/** The filters of the product-set succession list, parsed; null means "any". */
public record ProductSetSuccessionFilter(String fromLegalBasis, String toLegalBasis) {
}
