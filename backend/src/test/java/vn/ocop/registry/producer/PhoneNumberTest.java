package vn.ocop.registry.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PhoneNumberTest {
    @Test
    void normalizesMobileAndLandline() {
        assertEquals("0912345678", PhoneNumber.normalize("0912 345 678"));
        assertEquals("02943855123", PhoneNumber.normalize("(0294) 3855.123"));
        assertEquals("+84912345678", PhoneNumber.normalize("+84 912-345-678"));
    }

    @Test
    void rejectsOthers() {
        assertNull(PhoneNumber.normalize("12345"));
        assertNull(PhoneNumber.normalize("0912"));
        assertNull(PhoneNumber.normalize("091234567890"));
        assertNull(PhoneNumber.normalize("phone"));
        assertNull(PhoneNumber.normalize("  "));
    }
}
