package vn.ocop.registry.certification;

import java.util.regex.Pattern;

/**
 * GS1 Global Trade Item Numbers as printed under barcodes: GTIN-8, GTIN-13 or GTIN-14. The last
 * digit is a check digit: weights 3, 1, 3, 1… from the rightmost data digit, check = (10 − sum mod 10) mod 10.
 * (Vietnam's GS1 prefix is 893, but products registered abroad keep other prefixes, so it is not required.)
 */
public final class Gtin {
    private static final Pattern DIGITS = Pattern.compile("\\d{8}|\\d{13}|\\d{14}");
    private static final Pattern SPACES = Pattern.compile("[\\s-]");

    private Gtin() {
    }

    /** The digits alone: printed barcodes group them with spaces or hyphens. */
    public static String normalize(String raw) {
        return raw == null ? null : SPACES.matcher(raw).replaceAll("");
    }

    /** Why {@code gtin} (normalized) is not a valid GTIN, or null when it is one. */
    public static String problem(String gtin) {
        if (gtin == null || !DIGITS.matcher(gtin).matches()) {
            return "must be a GTIN-8, GTIN-13 or GTIN-14: 8, 13 or 14 digits";
        }
        int expected = checkDigit(gtin.substring(0, gtin.length() - 1));
        int actual = gtin.charAt(gtin.length() - 1) - '0';
        return expected == actual ? null : "has a wrong GS1 check digit (last digit should be " + expected + ")";
    }

    public static boolean isValid(String gtin) {
        return problem(gtin) == null;
    }

    /** The GS1 check digit of the data digits (all but the check digit). */
    static int checkDigit(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int digit = data.charAt(data.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }
}
