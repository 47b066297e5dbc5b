package vn.ocop.registry.adminunit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.adminunit.UnitVersions.Validity;

/** Which version of a reused code a date means (29242: Phường 3 twice, then Phường Trà Vinh). */
class UnitVersionsTest {
    record V(String name, Validity validity) {
    }

    private static final V PHUONG_3 = new V("Phường 3", new Validity(LocalDate.parse("2010-03-04"),
            LocalDate.parse("2024-12-31")));
    private static final V PHUONG_3_ENLARGED = new V("Phường 3 (2025)", new Validity(LocalDate.parse("2025-01-01"),
            LocalDate.parse("2025-06-30")));
    private static final V PHUONG_TRA_VINH = new V("Phường Trà Vinh", new Validity(LocalDate.parse("2025-07-01"), null));
    private static final List<V> VERSIONS = List.of(PHUONG_3, PHUONG_3_ENLARGED, PHUONG_TRA_VINH);
    private static final LocalDate TODAY = LocalDate.parse("2026-11-30");

    private static Optional<V> resolve(List<V> versions, String asOf) {
        return UnitVersions.resolve(versions, V::validity, asOf == null ? null : LocalDate.parse(asOf), TODAY);
    }

    @Test
    void aDateMeansTheVersionValidThatDay() {
        assertEquals(PHUONG_3, resolve(VERSIONS, "2019-12-31").orElseThrow());
        assertEquals(PHUONG_3, resolve(VERSIONS, "2024-12-31").orElseThrow());
        assertEquals(PHUONG_3_ENLARGED, resolve(VERSIONS, "2025-01-01").orElseThrow());
        assertEquals(PHUONG_TRA_VINH, resolve(VERSIONS, "2025-07-01").orElseThrow());
        assertTrue(resolve(VERSIONS, "2009-01-01").isEmpty(), "no version before the first");
    }

    @Test
    void withoutADateTodaysVersionElseTheLatest() {
        assertEquals(PHUONG_TRA_VINH, resolve(VERSIONS, null).orElseThrow());
        assertEquals(PHUONG_3_ENLARGED, resolve(List.of(PHUONG_3, PHUONG_3_ENLARGED), null).orElseThrow());
        assertTrue(resolve(List.of(), null).isEmpty());
    }

    @Test
    void aRecordsDateFallsBackToTheLatestVersionBeforeItElseTheFirst() {
        List<V> ended = List.of(PHUONG_3, PHUONG_3_ENLARGED);
        assertEquals(PHUONG_3_ENLARGED, UnitVersions.nearest(ended, V::validity, TODAY).orElseThrow());
        assertEquals(PHUONG_3, UnitVersions.nearest(ended, V::validity, LocalDate.parse("2001-01-01")).orElseThrow());
        assertEquals(PHUONG_3, UnitVersions.nearest(VERSIONS, V::validity, LocalDate.parse("2019-01-01")).orElseThrow());
    }
}
