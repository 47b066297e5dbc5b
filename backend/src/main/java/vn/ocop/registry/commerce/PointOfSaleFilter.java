package vn.ocop.registry.commerce;

/** The filters of the point-of-sale list, parsed; null means "any". */
public record PointOfSaleFilter(String q, PointOfSaleKind kind, String adminUnitCode, Long productId) {
}
