package vn.ocop.registry.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Parses filter query parameters so that a bad value is a 400 naming the parameter. */
public final class QueryValues {
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("[0-9]{4}-");

    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /**
     * As {@link #enumValue(String, String, Class)}, {@code whenAbsent} when the value is absent or blank: a blank
     * {@code format=} is not absent for JAX-RS, whose {@code @DefaultValue} then leaves it blank.
     */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type, E whenAbsent) {
        E parsed = enumValue(name, value, type);
        return parsed == null ? whenAbsent : parsed;
    }

    /** {@code true} or {@code false}, null when absent: a typo ({@code dryRun=ture}) must not read as false. */
    public static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(name, "must be true or false");
        };
    }

    /** A whole number between {@code min} and {@code max}, e.g. a year or an id. */
    public static Long wholeNumber(String name, String value, long min, long max) {
        return wholeNumber(name, value, min, max, "must be a whole number between " + min + " and " + max);
    }

    /** As above, refused in the words {@code refusal} (a year filter says it is a year). */
    private static Long wholeNumber(String name, String value, long min, long max, String refusal) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long n = Long.parseLong(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw ProblemException.invalid(name, refusal);
    }

    /** The description of every list's {@code updatedSince} parameter. */
    public static final String UPDATED_SINCE = "Only records changed at or after this instant (RFC 3339, e.g. "
            + "2026-11-30T10:00:00Z): what changed since a previous read. Deletions do not show here; the change feed "
            + "(/api/v1/changes) has them.";
    public static final String UPDATED_SINCE_EXAMPLE = "2026-11-30T10:00:00Z";

    /** An RFC 3339 instant with its offset ({@code 2026-11-30T10:00:00Z}, {@code 2026-11-30T17:00:00+07:00}). */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // RFC 3339 years have four digits: +999999999-12-31T23:59:59Z parses, but no database can store it.
            if (!FOUR_DIGIT_YEAR.matcher(value.trim()).lookingAt()) {
                throw new DateTimeParseException("not RFC 3339", value, 0);
            }
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an RFC 3339 instant with an offset, e.g. 2026-11-30T10:00:00Z");
        }
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date = IsoDate.parse(value.trim());
        if (date == null) {
            throw ProblemException.invalid(name, IsoDate.MESSAGE);
        }
        return date;
    }

    public static Integer integer(String name, String value, int min, int max) {
        Long n = wholeNumber(name, value, min, max);
        return n == null ? null : n.intValue();
    }

    /** A record's id, refused in the same words as a bad id in a path ({@link PathParameterCheck}). */
    public static Long id(String name, String value) {
        return wholeNumber(name, value, 1, Long.MAX_VALUE);
    }

    /** The first day of the year {@code value} names (1900 to 2200), or null without one. */
    public static LocalDate yearStart(String name, String value) {
        Long year = wholeNumber(name, value, 1900, 2200, "must be a year between 1900 and 2200");
        return year == null ? null : LocalDate.of(year.intValue(), 1, 1);
    }

    /** A code filter (an admin unit's), trimmed; blank means none. */
    public static String code(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * A query parameter's text as {@link Text#normalize} makes every request string (tabs and line breaks allowed);
     * what it refuses is a 400 naming the parameter.
     */
    public static String text(String name, String value) {
        try {
            return Text.normalize(value, true);
        } catch (Text.Refused e) {
            throw ProblemException.invalid(name, e.getMessage());
        }
    }
}
