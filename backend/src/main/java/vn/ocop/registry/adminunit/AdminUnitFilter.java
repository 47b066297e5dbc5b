package vn.ocop.registry.adminunit;

import java.time.LocalDate;

/** The filters of the admin-unit list, parsed; null means "any", and {@code asOf} null means every version. */
public record AdminUnitFilter(String parentCode, AdminUnitType type, LocalDate asOf) {
}
