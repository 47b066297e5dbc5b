package vn.ocop.registry.common;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Unique, valid test inputs, so tests never depend on each other's rows. */
public final class TestData {
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private TestData() {
    }

    /**
     * A word that makes a test's names its own. Searches match the start of words, so a marker must not
     * start like a searched word: a hex marker ("ca69792a") is found by "ca". No Vietnamese word starts
     * with "z", and digits cannot start it either.
     */
    public static String marker() {
        return String.format("zq%010d", ThreadLocalRandom.current().nextLong(10_000_000_000L));
    }

    /** A fresh 10-digit tax code with a correct check digit. */
    public static String taxCode() {
        while (true) {
            String nine = String.format("%09d", Math.floorMod(SEQ.incrementAndGet() * 7919L + 100_000_000L, 1_000_000_000L));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * WEIGHTS[i];
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return nine + check;
            }
        }
    }

    /** The day test producers of the old map are registered: the districts are those of 2019. */
    public static final String REGISTERED_2019 = "2019-06-01";

    /** A producer registered in 2019 in {@code district} (a district-level unit of then). */
    public static Map<String, Object> producer(String district, String name) {
        return Map.of("type", "COOPERATIVE", "name", name, "taxCode", taxCode(), "representative", "Thạch Thị Sa Rum",
                "phone", "0294 3834 567", "email", "htx@example.vn", "address", "Ấp 4, xã Hòa Ân", "districtCode", district,
                "registeredOn", REGISTERED_2019);
    }

    /** A producer registered today in {@code commune}, a commune of the new map. */
    public static Map<String, Object> producerToday(String commune, String name) {
        return Map.of("type", "COOPERATIVE", "name", name, "taxCode", taxCode(), "communeCode", commune);
    }
}
