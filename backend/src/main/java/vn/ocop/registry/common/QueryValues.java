package vn.ocop.registry.common;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses filter query parameters so that a bad value is a 400 naming the parameter. */
public final class QueryValues {
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

    /** A whole number between {@code min} and {@code max}, e.g. a year or an id. */
    public static Long wholeNumber(String name, String value, long min, long max) {
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
        throw ProblemException.invalid(name, "must be a whole number between " + min + " and " + max);
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

    public static Long id(String name, String value) {
        return wholeNumber(name, value, 1, Long.MAX_VALUE);
    }

    /** Refuses control characters other than tab and line breaks, and what broken UTF-8 or UTF-16 decodes to. */
    public static void checkCharacters(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw ProblemException.invalid(field, "must not contain control characters");
            }
            if (c == '\uFFFD') {
                throw ProblemException.invalid(field, "is not valid UTF-8 text");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw ProblemException.invalid(field, "is not valid UTF-8 text");
            }
        }
    }
}
