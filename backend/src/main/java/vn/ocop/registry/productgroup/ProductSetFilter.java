package vn.ocop.registry.productgroup;

/** The filters of the product-set list, parsed; null means "any". */
public record ProductSetFilter(String legalBasis, String groupCode, String q) {
}
