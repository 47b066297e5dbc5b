package vn.ocop.registry.commerce;

import java.time.LocalDate;
import vn.ocop.registry.common.ProblemException;

/** Numeric filter parameters of the commerce lists, parsed so that a bad value is a 400 naming it. */
final class Filters {
    private Filters() {
    }

    /** An admin-unit code filter, trimmed; blank means none. */
    static String code(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be a positive whole number");
    }

    /** The first day of the year {@code value} names, or null without one. */
    static LocalDate yearStart(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int year = Integer.parseInt(value.trim());
            if (year >= 1900 && year <= 2200) {
                return LocalDate.of(year, 1, 1);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalid(name, "must be a year between 1900 and 2200");
    }
}
