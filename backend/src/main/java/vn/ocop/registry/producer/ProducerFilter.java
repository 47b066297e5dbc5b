package vn.ocop.registry.producer;

/** The filters of the producer list, parsed; null means "any". */
public record ProducerFilter(String q, String districtCode, ProducerType type) {
}
