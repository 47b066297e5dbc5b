package vn.ocop.registry.commerce;

import java.time.Instant;
import java.time.LocalDate;

/** The filters of the trade-event list, parsed; null means "any". */
public record TradeEventFilter(LocalDate yearStart, TradeEventKind kind, String q, String hostProvince,
        Instant updatedSince) {
}
