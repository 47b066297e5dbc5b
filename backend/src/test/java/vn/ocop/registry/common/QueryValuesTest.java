package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Query values that are refused or defaulted before anything is read. */
class QueryValuesTest {
    /** Found by HostileInputTest's generator: +999999999-12-31T23:59:59Z parsed and PostgreSQL answered a 500. */
    @Test
    void anInstantHasAFourDigitYear() {
        for (String beyond : List.of("+999999999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z")) {
            ProblemException e = assertThrows(ProblemException.class, () -> QueryValues.instant("updatedSince", beyond));
            assertEquals(400, e.toProblem(null).status(), beyond);
        }
        assertEquals(Instant.parse("2026-11-30T03:00:00Z"), QueryValues.instant("updatedSince", "2026-11-30T10:00:00+07:00"));
    }

    /** Found by HostileInputTest's generator: format=%20 passed @DefaultValue blank, and the export failed (a 500). */
    @Test
    void aBlankChoiceIsItsDefault() {
        assertEquals(ExportFormat.XLSX, QueryValues.enumValue("format", " ", ExportFormat.class, ExportFormat.XLSX));
        assertEquals(ExportFormat.CSV, QueryValues.enumValue("format", "CSV", ExportFormat.class, ExportFormat.XLSX));
        assertThrows(ProblemException.class, () -> QueryValues.enumValue("format", "csv", ExportFormat.class,
                ExportFormat.XLSX));
    }
}
