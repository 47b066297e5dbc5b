package vn.ocop.registry.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * A calendar date as the API reads it, in a body or a query: exactly yyyy-MM-dd with a year from 0001 to 9999 and a
 * day that exists. A date-time, a signed or five-digit year ("-0001", "+10000") and 2019-02-30 are refused.
 */
public final class IsoDate {
    public static final String MESSAGE = "must be a date like 2019-12-31";
    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoDate() {
    }

    /** The date, or null when {@code text} is not one. */
    public static LocalDate parse(String text) {
        if (text == null || !SHAPE.matcher(text).matches() || text.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDate.parse(text, STRICT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
