package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ProvinceClockUnitTest {
    private static ProvinceClock at(String instant) {
        return new ProvinceClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void todayIsVietNamsDateWhateverTheClocksZone() {
        assertEquals(LocalDate.of(2026, 11, 29), at("2026-11-29T16:59:59Z").today());
        assertEquals(LocalDate.of(2026, 11, 30), at("2026-11-29T17:00:00Z").today());
        assertEquals(LocalDate.of(2026, 11, 30), at("2026-11-29T23:59:59Z").today());
        assertEquals(LocalDate.of(2026, 11, 30), at("2026-11-30T00:00:00Z").today());
    }

    @Test
    void beanValidationReadsTheSameClockInTheProvincesZone() {
        Clock validation = at("2026-11-29T17:00:00Z").getClock();
        assertEquals(ProvinceClock.ZONE, validation.getZone());
        assertEquals(LocalDate.of(2026, 11, 30), LocalDate.now(validation));
    }

    @Test
    void nowHasTheDatabasesPrecision() {
        assertEquals(Instant.parse("2026-11-29T16:59:59.123456Z"), at("2026-11-29T16:59:59.123456789Z").now());
    }
}
