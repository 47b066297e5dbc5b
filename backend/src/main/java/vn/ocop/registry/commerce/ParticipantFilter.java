package vn.ocop.registry.commerce;

/** The filters of the trade event's participant list, parsed; null means "any". */
public record ParticipantFilter(String districtCode) {
}
