package vn.ocop.registry.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.validation.ClockProvider;

import io.quarkus.arc.Arc;
import io.quarkus.arc.DefaultBean;

/**
 * The application's one clock, on the province's calendar whatever the server's zone: services read today's
 * date and the current instant here, and Bean Validation's {@code @PastOrPresent} reads the same clock.
 */
@Singleton
public class ProvinceClock implements ClockProvider {
    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private final Clock clock;

    public ProvinceClock(Clock clock) {
        this.clock = clock;
    }

    /** Tests replace this bean with a clock they can pin. */
    @Produces
    @DefaultBean
    @Singleton
    static Clock system() {
        return Clock.system(ZONE);
    }

    @Override
    public Clock getClock() {
        return clock.withZone(ZONE);
    }

    /** The same clock where CDI cannot inject it: entities stamping their own changes. */
    public static ProvinceClock current() {
        return Arc.container().instance(ProvinceClock.class).get();
    }

    /** Today's date in the province. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /**
     * The current instant at PostgreSQL's precision (microseconds): a time the API answers right after a write is
     * the one it answers on every later read.
     */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
