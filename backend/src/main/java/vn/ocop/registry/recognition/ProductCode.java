package vn.ocop.registry.recognition;

/**
 * The official OCOP product code: T-H-STT-year (province, district, sequence, year) under 1048
 * and 148, T-X-STT-year (province, commune of Decision 19/2025) under 1489 and 26/2026. Which scheme a decision
 * follows is data on its legal basis ({@code productCodeScheme}); {@link ProductCodes} numbers them.
 */
public final class ProductCode {
    public enum Scheme {
        PROVINCE_DISTRICT, PROVINCE_COMMUNE
    }

    private ProductCode() {
    }

    /** The part before the sequence, e.g. "84-845". */
    public static String prefix(String provinceCode, String unitCode) {
        return provinceCode + "-" + unitCode;
    }

    public static String format(String prefix, int sequence, int year) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        return prefix + "-" + String.format("%03d", sequence) + "-" + year;
    }
}
