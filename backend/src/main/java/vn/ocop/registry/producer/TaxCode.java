package vn.ocop.registry.producer;

import java.util.regex.Pattern;

/**
 * Vietnamese enterprise/tax codes (mã số doanh nghiệp): 10 digits whose last is a check digit
 * over the first nine (weights 31, 29, 23, 19, 17, 13, 7, 5, 3; check = 10 − sum mod 11), a
 * branch code of those 10 digits + "-" + 3 digits, or — for a household business only — a
 * 12-digit personal identification number.
 */
public final class TaxCode {
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    private static final Pattern ENTERPRISE = Pattern.compile("\\d{10}");
    private static final Pattern BRANCH = Pattern.compile("\\d{10}-\\d{3}");
    private static final Pattern PERSONAL_ID = Pattern.compile("\\d{12}");

    private TaxCode() {
    }

    /** Why {@code code} is not acceptable for a producer of {@code type}, or null when it is. */
    public static String problem(String code, ProducerType type) {
        if (code == null) {
            return null;
        }
        if (PERSONAL_ID.matcher(code).matches()) {
            return type == ProducerType.HOUSEHOLD_BUSINESS
                    ? null
                    : "a 12-digit personal ID is accepted only for a HOUSEHOLD_BUSINESS";
        }
        if (!ENTERPRISE.matcher(code).matches() && !BRANCH.matcher(code).matches()) {
            return "must be 10 digits, 10 digits + '-' + 3 digits for a branch"
                    + (type == ProducerType.HOUSEHOLD_BUSINESS ? ", or a 12-digit personal ID" : "");
        }
        return hasValidCheckDigit(code.substring(0, 10)) ? null : "has a wrong check digit (10th digit)";
    }

    static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (tenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        return check < 10 && check == tenDigits.charAt(9) - '0';
    }
}
