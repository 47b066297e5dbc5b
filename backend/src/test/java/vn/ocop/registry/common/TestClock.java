package vn.ocop.registry.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Singleton;

/**
 * The application's clock during tests (it replaces the system clock that {@link ProvinceClock} produces):
 * the real time unless a test pins it to an instant. Tests read "today" here too, so they agree with the server.
 */
@Singleton
public class TestClock extends Clock {
    private static volatile Instant pinned;

    /** Until {@link #release()}, the application's clock reads {@code at}. */
    public static void pin(Instant at) {
        pinned = at;
    }

    public static void release() {
        pinned = null;
    }

    /** Today in the province, as the application sees it. */
    public static LocalDate today() {
        return LocalDate.ofInstant(current(), ProvinceClock.ZONE);
    }

    private static Instant current() {
        Instant at = pinned;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ProvinceClock.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(ProvinceClock.ZONE) ? this : Clock.fixed(current(), zone);
    }

    @Override
    public Instant instant() {
        return current();
    }
}
