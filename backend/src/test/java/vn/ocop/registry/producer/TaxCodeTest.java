package vn.ocop.registry.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0300588569", "0100109106", "0300588569-001", "2100274872"})
    void acceptsRealEnterpriseAndBranchCodes(String code) {
        assertNull(TaxCode.problem(code, ProducerType.ENTERPRISE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0300588568", "0100109107", "0300588560-001"})
    void rejectsWrongCheckDigit(String code) {
        assertEquals("has a wrong check digit (10th digit)", TaxCode.problem(code, ProducerType.COOPERATIVE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123", "03005885691", "0300588569-01", "0300588569/001", "03OO588569"})
    void rejectsOtherShapes(String code) {
        assertNotNull(TaxCode.problem(code, ProducerType.ENTERPRISE));
    }

    @Test
    void personalIdOnlyForHouseholds() {
        assertNull(TaxCode.problem("084190012345", ProducerType.HOUSEHOLD_BUSINESS));
        assertNotNull(TaxCode.problem("084190012345", ProducerType.COOPERATIVE_GROUP));
    }

    @Test
    void absentIsAllowed() {
        assertNull(TaxCode.problem(null, ProducerType.COOPERATIVE_GROUP));
    }

    @Test
    void aSumWhoseCheckWouldBeTenIsNeverValid() {
        // Find nine digits with check value 10: no tenth digit can satisfy it.
        for (int n = 0; n < 1000; n++) {
            String nine = String.format("%09d", n);
            boolean anyValid = false;
            for (int d = 0; d <= 9; d++) {
                anyValid |= TaxCode.hasValidCheckDigit(nine + d);
            }
            int sum = 0;
            int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * w[i];
            }
            assertEquals(sum % 11 != 0, anyValid, nine);
        }
    }
}
