package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DistrictScopeTest {
    @Test
    void provinceWideRolesAreNotConfined() {
        assertEquals(Optional.empty(), DistrictScope.confinement(true, false, null));
        assertEquals(Optional.empty(), DistrictScope.confinement(true, true, "845"));
    }

    @Test
    void districtRolesAreConfinedToTheirClaim() {
        assertEquals(Optional.of("845"), DistrictScope.confinement(false, true, "845"));
    }

    @Test
    void districtRoleWithoutClaimSeesNothing() {
        assertEquals(Optional.of(DistrictScope.NO_DISTRICT), DistrictScope.confinement(false, true, null));
        assertEquals(Optional.of(DistrictScope.NO_DISTRICT), DistrictScope.confinement(false, true, " "));
    }

    @Test
    void confinementToNothingStillFiltersTheList() {
        // A blank district would be skipped by the filter, and the list would show the whole province.
        Where where = new Where().and("pr.districtCode = :district", "district", DistrictScope.NO_DISTRICT);
        assertEquals("pr.districtCode = :district", where.hql());
    }
}
