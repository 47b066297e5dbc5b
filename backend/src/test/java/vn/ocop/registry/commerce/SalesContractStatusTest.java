package vn.ocop.registry.commerce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.commerce.SalesContractStatus.ACTIVE;
import static vn.ocop.registry.commerce.SalesContractStatus.COMPLETED;
import static vn.ocop.registry.commerce.SalesContractStatus.DRAFT;
import static vn.ocop.registry.commerce.SalesContractStatus.TERMINATED;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SalesContractStatusTest {

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "DRAFT, DRAFT, false", "DRAFT, ACTIVE, true", "DRAFT, COMPLETED, false", "DRAFT, TERMINATED, true",
            "ACTIVE, DRAFT, false", "ACTIVE, ACTIVE, false", "ACTIVE, COMPLETED, true", "ACTIVE, TERMINATED, true",
            "COMPLETED, DRAFT, false", "COMPLETED, ACTIVE, false", "COMPLETED, COMPLETED, false",
            "COMPLETED, TERMINATED, false",
            "TERMINATED, DRAFT, false", "TERMINATED, ACTIVE, false", "TERMINATED, COMPLETED, false",
            "TERMINATED, TERMINATED, false",
    })
    void everyPairOfStatuses(SalesContractStatus from, SalesContractStatus to, boolean allowed) {
        assertEquals(allowed, from.canMoveTo(to));
    }

    @Test
    void finalStatusesLeadNowhere() {
        assertEquals(Set.of(), COMPLETED.next());
        assertEquals(Set.of(), TERMINATED.next());
        assertEquals(Set.of(ACTIVE, TERMINATED), DRAFT.next());
        assertEquals(Set.of(COMPLETED, TERMINATED), ACTIVE.next());
    }

    @Test
    void onlyDraftsAreEditable() {
        assertTrue(DRAFT.isEditable());
        assertFalse(ACTIVE.isEditable());
        assertFalse(COMPLETED.isEditable());
        assertFalse(TERMINATED.isEditable());
    }
}
