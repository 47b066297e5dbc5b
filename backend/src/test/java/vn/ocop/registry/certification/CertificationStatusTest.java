package vn.ocop.registry.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.certification.CertificationStatus.EXPIRED;
import static vn.ocop.registry.certification.CertificationStatus.EXPIRING;
import static vn.ocop.registry.certification.CertificationStatus.VALID;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CertificationStatusTest {
    private static final LocalDate TODAY = LocalDate.of(2019, 12, 31);

    @Test
    void withoutExpiryItStaysValid() {
        assertEquals(VALID, CertificationStatus.of(null, TODAY));
    }

    @Test
    void boundaries() {
        assertEquals(EXPIRED, CertificationStatus.of(TODAY.minusDays(1), TODAY));
        assertEquals(EXPIRING, CertificationStatus.of(TODAY, TODAY), "valid through its expiry date");
        assertEquals(EXPIRING, CertificationStatus.of(TODAY.plusDays(1), TODAY));
        assertEquals(EXPIRING, CertificationStatus.of(TODAY.plusDays(30), TODAY));
        assertEquals(VALID, CertificationStatus.of(TODAY.plusDays(31), TODAY));
        assertEquals(VALID, CertificationStatus.of(LocalDate.of(2029, 6, 14), TODAY));
        assertEquals(EXPIRED, CertificationStatus.of(LocalDate.of(2016, 2, 29), TODAY));
    }

    @Test
    void acrossALeapYearEnd() {
        LocalDate today = LocalDate.of(2024, 2, 1);
        assertEquals(EXPIRING, CertificationStatus.of(LocalDate.of(2024, 3, 2), today));
        assertEquals(VALID, CertificationStatus.of(LocalDate.of(2024, 3, 3), today));
    }

    /** The SQL filter and the displayed status must agree on every date: each date falls in exactly one range. */
    @Test
    void expiryRangesMatchTheRule() {
        for (LocalDate today : new LocalDate[]{TODAY, LocalDate.of(2024, 2, 29), LocalDate.of(2026, 7, 21)}) {
            for (int offset = -400; offset <= 400; offset++) {
                LocalDate expiresOn = today.plusDays(offset);
                CertificationStatus status = CertificationStatus.of(expiresOn, today);
                for (CertificationStatus s : CertificationStatus.values()) {
                    assertEquals(s == status, s.expiryRange(today).contains(expiresOn), s + " on " + expiresOn);
                }
            }
            assertTrue(VALID.expiryRange(today).contains(null));
            assertFalse(EXPIRING.expiryRange(today).contains(null));
            assertFalse(EXPIRED.expiryRange(today).contains(null));
        }
    }
}
