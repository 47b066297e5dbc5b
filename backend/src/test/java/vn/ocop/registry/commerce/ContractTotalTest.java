package vn.ocop.registry.commerce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.commerce.ContractTotal.Priced;

class ContractTotalTest {

    private static Priced priced(String quantity, Long price) {
        return new Priced(new BigDecimal(quantity), price);
    }

    @Test
    void sumsQuantityTimesPrice() {
        assertEquals(OptionalLong.of(22_500_000L + 3_600_000L),
                ContractTotal.of(List.of(priced("500", 45_000L), priced("120", 30_000L))));
    }

    @Test
    void roundsOnceAtTheEndHalfUp() {
        // 0.333 × 1 + 0.333 × 1 + 0.334 × 1 = 1.000: rounding each line would give 0 + 0 + 0.
        assertEquals(OptionalLong.of(1L),
                ContractTotal.of(List.of(priced("0.333", 1L), priced("0.333", 1L), priced("0.334", 1L))));
        assertEquals(OptionalLong.of(3L), ContractTotal.of(List.of(priced("2.5", 1L))));
        assertEquals(OptionalLong.of(2L), ContractTotal.of(List.of(priced("2.499", 1L))));
        assertEquals(OptionalLong.of(18_750L), ContractTotal.of(List.of(priced("12.5", 1_500L))));
    }

    @Test
    void unknownWhenALineHasNoPrice() {
        assertEquals(OptionalLong.empty(), ContractTotal.of(List.of(priced("500", 45_000L), priced("10", null))));
    }

    @Test
    void freeGoodsCountAsZero() {
        assertEquals(OptionalLong.of(0L), ContractTotal.of(List.of(priced("10", 0L))));
    }

    @Test
    void refusesTotalsBeyondRecordableAmounts() {
        assertThrows(ArithmeticException.class, () -> ContractTotal.of(List.of(
                priced("99999999999.999", 1_000_000_000_000L))));
        assertThrows(ArithmeticException.class, () -> ContractTotal.of(List.of(
                priced("99999999999.999", 1_000_000_000_000L), priced("1", null))));
    }

    @Test
    void lineValueIsRoundedAndAbsentWithoutPrice() {
        assertEquals(22_500_000L, ContractTotal.lineValue(new BigDecimal("500"), 45_000L));
        assertEquals(1L, ContractTotal.lineValue(new BigDecimal("0.5"), 1L));
        assertNull(ContractTotal.lineValue(new BigDecimal("500"), null));
    }

    @Test
    void aClaimedTotalMustMatchTheComputedOne() {
        assertNull(ContractTotal.mismatch(OptionalLong.of(100L), null));
        assertNull(ContractTotal.mismatch(OptionalLong.of(100L), 100L));
        assertNull(ContractTotal.mismatch(OptionalLong.empty(), 5_000_000L));
        assertNotNull(ContractTotal.mismatch(OptionalLong.of(100L), 101L));
    }
}
