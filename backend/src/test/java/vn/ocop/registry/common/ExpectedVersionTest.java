package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ExpectedVersionTest {
    @Test
    void matchingVersions() {
        assertDoesNotThrow(() -> ExpectedVersion.of("\"3\"").check(3));
        assertDoesNotThrow(() -> ExpectedVersion.of("W/\"3\"").check(3));
        assertDoesNotThrow(() -> ExpectedVersion.of("\"1\", \"3\"").check(3));
        assertDoesNotThrow(() -> ExpectedVersion.of("3").check(3));
        assertDoesNotThrow(() -> ExpectedVersion.of("*").check(3));
        assertDoesNotThrow(() -> ExpectedVersion.of("\"1\", *").check(3));
    }

    @Test
    void staleIs412() {
        assertEquals(412, status("\"2\"", 3));
        assertEquals(412, status("garbage", 3));
        assertEquals(412, status("\"*\"", 3));
        assertEquals(412, status("W/*", 3));
    }

    @Test
    void missingIs428() {
        assertEquals(428, status(null, 3));
        assertEquals(428, status(" ", 3));
    }

    @Test
    void optionalWhenNotSent() {
        assertFalse(ExpectedVersion.of(null).sent());
        assertDoesNotThrow(() -> ExpectedVersion.of(null).checkIfSent(3));
        assertDoesNotThrow(() -> ExpectedVersion.of("").checkIfSent(3));
        assertEquals(412, assertThrows(ProblemException.class, () -> ExpectedVersion.of("\"2\"").checkIfSent(3)).status());
    }

    private static int status(String ifMatch, long current) {
        return assertThrows(ProblemException.class, () -> ExpectedVersion.of(ifMatch).check(current)).status();
    }
}
