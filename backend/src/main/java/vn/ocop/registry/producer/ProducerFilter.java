package vn.ocop.registry.producer;

import java.time.Instant;

/**
 * The filters of the producer list, parsed; null means "any". {@code districtCode} is the district of registration
 * (the past), {@code communeCode} the commune of today (through the successions), {@code missingCommune} picks the
 * producers registered without a commune (true) or with one (false).
 */
public record ProducerFilter(String q, String districtCode, String communeCode, ProducerType type, Boolean missingCommune,
        Instant updatedSince) {
}
