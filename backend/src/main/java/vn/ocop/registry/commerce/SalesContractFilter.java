package vn.ocop.registry.commerce;

import java.time.Instant;
import java.time.LocalDate;

/** The filters of the sales-contract list, parsed; null means "any". */
public record SalesContractFilter(SalesContractStatus status, Long partnerId, Long producerId, Long productId,
        String districtCode, LocalDate signedYearStart, Instant updatedSince) {
}
