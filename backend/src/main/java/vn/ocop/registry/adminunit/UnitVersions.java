package vn.ocop.registry.adminunit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The pure rules of unit versions: which version of a code a date means. */
public final class UnitVersions {
    private UnitVersions() {
    }

    /** The days a version is valid: from its first day to its last (none: still valid). */
    public record Validity(LocalDate from, LocalDate to) {
        public boolean contains(LocalDate date) {
            return !from.isAfter(date) && (to == null || !to.isBefore(date));
        }
    }

    /** The version valid on {@code date}, if any. */
    public static <T> Optional<T> on(List<T> versions, Function<T, Validity> validity,
            LocalDate date) {
        return versions.stream().filter(v -> validity.apply(v).contains(date)).findFirst();
    }

    /**
     * The version a record of {@code date} refers to (as the database's {@code admin_unit_version} does): the one valid
     * that day; without one, the latest that began before it; else the first.
     */
    public static <T> Optional<T> nearest(List<T> versions, Function<T, Validity> validity, LocalDate date) {
        return on(versions, validity, date)
                .or(() -> versions.stream().filter(v -> !validity.apply(v).from().isAfter(date))
                        .max(Comparator.comparing(v -> validity.apply(v).from())))
                .or(() -> versions.stream().min(Comparator.comparing(v -> validity.apply(v).from())));
    }

    /**
     * What a code means when a caller names it: on {@code asOf} when given (nothing when no version was valid then);
     * without a date, the version valid {@code today}, else the latest one.
     */
    public static <T> Optional<T> resolve(List<T> versions, Function<T, Validity> validity,
            LocalDate asOf, LocalDate today) {
        if (asOf != null) {
            return on(versions, validity, asOf);
        }
        return on(versions, validity, today)
                .or(() -> versions.stream().max(Comparator.comparing(v -> validity.apply(v).from())));
    }
}
