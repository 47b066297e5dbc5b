package vn.ocop.registry.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "8934563138165", // GTIN-13 with the Vietnamese prefix 893
            "4006381333931", // GS1's textbook GTIN-13
            "96385074", // GS1's textbook GTIN-8
            "12345670",
            "18934563138162", // GTIN-14: packaging level 1 of 8934563138165
            "8930000000002"})
    void validGtins(String gtin) {
        assertTrue(Gtin.isValid(gtin), gtin);
        assertNull(Gtin.problem(gtin));
    }

    @ParameterizedTest
    @CsvSource({
            "8934563138166, 5",
            "8934563138160, 5",
            "4006381333932, 1",
            "96385075, 4",
            "18934563138161, 2"})
    void wrongCheckDigitSaysWhichIsRight(String gtin, int expected) {
        assertFalse(Gtin.isValid(gtin));
        assertTrue(Gtin.problem(gtin).contains("should be " + expected), Gtin.problem(gtin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "036000291452", "893456313816", "893456313816512", "893456313816A",
            "89345631381６5"})
    void wrongShapes(String gtin) {
        assertNotNull(Gtin.problem(gtin));
        assertTrue(Gtin.problem(gtin).contains("8, 13 or 14 digits"), gtin);
    }

    @Test
    void nullIsNoGtin() {
        assertNotNull(Gtin.problem(null));
    }

    @Test
    void checkDigitWeightsStartWithThreeAtTheRightmostDataDigit() {
        // 12345670: 7·3 + 6·1 + 5·3 + 4·1 + 3·3 + 2·1 + 1·3 = 60 → check 0
        assertEquals(0, Gtin.checkDigit("1234567"));
        assertEquals(5, Gtin.checkDigit("893456313816"));
        assertEquals(2, Gtin.checkDigit("1893456313816"));
    }

    @Test
    void printedGroupingIsRemoved() {
        assertEquals("8934563138165", Gtin.normalize("8 934563 138165"));
        assertEquals("8934563138165", Gtin.normalize("893-4563-138165"));
        assertNull(Gtin.normalize(null));
    }
}
