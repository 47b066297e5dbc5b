package vn.ocop.registry.recognition;

import java.time.LocalDate;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitPlacement;
import vn.ocop.registry.adminunit.AdminUnitType;
import vn.ocop.registry.producer.Producer;

/**
 * Where a product is, for its OCOP code: the unit versions the code's prefix names. The one place that reads a
 * producer's units for codes.
 */
final class ProductCodePlace {
    private ProductCodePlace() {
    }

    /** The producer's district version, for T-H codes (1048, 148); null when it has none. */
    static AdminUnit districtOf(Producer producer) {
        return producer.districtId == null ? null : AdminUnit.findById(producer.districtId);
    }

    /**
     * The commune the producer lies in on {@code day}, for T-X codes (1489, 26/2026: codes of Decision 19/2025): its
     * recorded commune, or what that commune became by then (Thị trấn Cầu Kè of 2019 → Xã Cầu Kè); null when it has
     * no commune, or only a part of it went into one commune.
     */
    static AdminUnit communeOf(Producer producer, LocalDate day) {
        return producer.communeId == null ? null : AdminUnitPlacement.placedOn(producer.communeId, day);
    }

    /** The province version a unit version lies in (itself for a province); null when its chain reaches none. */
    static AdminUnit provinceOf(AdminUnit unit) {
        AdminUnit u = unit;
        for (int depth = 0; u != null && depth < 5; depth++) {
            if (u.type == AdminUnitType.PROVINCE) {
                return u;
            }
            u = u.parentId == null ? null : AdminUnit.findById(u.parentId);
        }
        return null;
    }
}
