package vn.ocop.registry.productgroup;

/** The filters of the product-group list, parsed; null means "any". */
public record ProductGroupFilter(String legalBasis) {
}
