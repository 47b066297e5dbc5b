package vn.ocop.registry.commerce;

/** The filters of the partner list, parsed; null means "any". */
public record PartnerFilter(String q, PartnerType type) {
}
