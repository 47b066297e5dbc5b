package vn.ocop.registry.support;

/** The filters of the support-request list, parsed; null means "any". */
public record SupportRequestFilter(String q, SupportType type, SupportStatus status, Long producerId, String districtCode,
        Integer year) {
}
