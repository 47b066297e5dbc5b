package vn.ocop.registry.producer;

import java.util.regex.Pattern;

/** Vietnamese phone numbers: mobiles have 10 digits, landlines 11 (0 + 3-digit area code + 7). */
public final class PhoneNumber {
    private static final Pattern VALID = Pattern.compile("(\\+84|0)\\d{9,10}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");

    private PhoneNumber() {
    }

    /** The number without separators, or null when blank or not a Vietnamese number. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String digits = SEPARATORS.matcher(raw).replaceAll("");
        return VALID.matcher(digits).matches() ? digits : null;
    }
}
