package vn.ocop.registry.adminunit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AdminUnitHierarchyTest {
    @Test
    void allowedNesting() {
        assertNull(AdminUnitHierarchy.check(AdminUnitType.PROVINCE, null));
        assertNull(AdminUnitHierarchy.check(AdminUnitType.CITY, AdminUnitType.PROVINCE));
        assertNull(AdminUnitHierarchy.check(AdminUnitType.COMMUNE, AdminUnitType.DISTRICT));
        assertNull(AdminUnitHierarchy.check(AdminUnitType.WARD, AdminUnitType.TOWN));
        assertNull(AdminUnitHierarchy.check(AdminUnitType.COMMUNE, AdminUnitType.PROVINCE));
    }

    @Test
    void refusedNesting() {
        assertNotNull(AdminUnitHierarchy.check(AdminUnitType.PROVINCE, AdminUnitType.PROVINCE));
        assertNotNull(AdminUnitHierarchy.check(AdminUnitType.DISTRICT, null));
        assertNotNull(AdminUnitHierarchy.check(AdminUnitType.DISTRICT, AdminUnitType.DISTRICT));
        assertNotNull(AdminUnitHierarchy.check(AdminUnitType.COMMUNE, AdminUnitType.WARD));
    }
}
