package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ETagsTest {
    @Test
    void matchingVersions() {
        assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> ETags.requireMatch("*", 3));
    }

    @Test
    void staleIs412() {
        assertEquals(412, assertThrows(ProblemException.class, () -> ETags.requireMatch("\"2\"", 3)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> ETags.requireMatch("garbage", 3)).status());
    }

    @Test
    void missingIs428() {
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requireMatch(null, 3)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requireMatch(" ", 3)).status());
    }
}
