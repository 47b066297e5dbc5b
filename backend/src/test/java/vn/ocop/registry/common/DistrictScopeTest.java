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
}
