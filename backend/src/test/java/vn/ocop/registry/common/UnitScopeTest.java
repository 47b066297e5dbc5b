package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.common.UnitScope.Confinement;
import vn.ocop.registry.common.UnitScope.Level;

class UnitScopeTest {
    private static final Confinement NONE = new Confinement(Level.NONE, null);

    @Test
    void provinceWideRolesAreNotConfined() {
        assertEquals(NONE, UnitScope.confinement(true, false, false, null));
        assertEquals(NONE, UnitScope.confinement(true, true, false, "845"));
        assertEquals(NONE, UnitScope.confinement(true, false, true, "29308"));
        assertEquals(NONE, UnitScope.confinement(false, false, false, "845"));
    }

    @Test
    void districtRolesAreConfinedToTheirClaim() {
        assertEquals(new Confinement(Level.DISTRICT, "845"), UnitScope.confinement(false, true, false, "845"));
    }

    @Test
    void communeOfficersAreConfinedToTheirCommune() {
        assertEquals(new Confinement(Level.COMMUNE, "29308"), UnitScope.confinement(false, false, true, "29308"));
    }

    @Test
    void aConfinedRoleWithoutClaimSeesNothing() {
        assertEquals(new Confinement(Level.DISTRICT, UnitScope.NO_DISTRICT),
                UnitScope.confinement(false, true, false, null));
        assertEquals(new Confinement(Level.COMMUNE, UnitScope.NO_DISTRICT),
                UnitScope.confinement(false, false, true, " "));
    }

    @Test
    void districtsMatchTheRecordsDistrictCommunesWhereTheRecordIsToday() {
        Confinement district = new Confinement(Level.DISTRICT, "845");
        Confinement commune = new Confinement(Level.COMMUNE, "29308");
        // A 2019 producer of Thị trấn Cầu Kè (district 845), today in Xã Cầu Kè (29308).
        assertTrue(UnitScope.mayReadPlaced(district, "845", "29308"));
        assertTrue(UnitScope.mayReadPlaced(commune, "845", "29308"));
        assertTrue(UnitScope.mayReadPlaced(NONE, "845", "29308"));
        // A 2019 producer of Phường 1 (842), today in Phường Trà Vinh (29242).
        assertFalse(UnitScope.mayReadPlaced(district, "842", "29242"));
        assertFalse(UnitScope.mayReadPlaced(commune, "842", "29242"));
        // A producer registered today in Xã Cầu Kè has no district: district roles do not see it.
        assertFalse(UnitScope.mayReadPlaced(district, null, "29308"));
        assertTrue(UnitScope.mayReadPlaced(commune, null, "29308"));
        // A producer without a commune is nobody's commune.
        assertFalse(UnitScope.mayReadPlaced(commune, "845", null));
        assertFalse(UnitScope.mayReadPlaced(new Confinement(Level.COMMUNE, UnitScope.NO_DISTRICT), null, null));
    }

    @Test
    void confinementToNothingStillFiltersTheList() {
        // A blank district would be skipped by the filter, and the list would show the whole province.
        Where where = new Where().and("pr.districtCode = :district", "district", UnitScope.NO_DISTRICT);
        assertEquals("pr.districtCode = :district", where.hql());
    }
}
