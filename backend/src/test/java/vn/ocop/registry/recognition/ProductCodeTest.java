package vn.ocop.registry.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProductCodeTest {
    @Test
    void provinceDistrictSequenceYear() {
        assertEquals("84-845-001-2019", ProductCode.format(ProductCode.prefix("84", "845"), 1, 2019));
        assertEquals("84-842-012-2019", ProductCode.format(ProductCode.prefix("84", "842"), 12, 2019));
        assertEquals("86-29263-1000-2026", ProductCode.format(ProductCode.prefix("86", "29263"), 1000, 2026));
    }

    @Test
    void sequenceStartsAtOne() {
        assertThrows(IllegalArgumentException.class, () -> ProductCode.format("84-845", 0, 2019));
    }
}
