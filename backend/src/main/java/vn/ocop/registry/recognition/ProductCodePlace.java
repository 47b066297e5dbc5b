package vn.ocop.registry.recognition;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitType;
import vn.ocop.registry.producer.Producer;

/**
 * Where a product is, for its OCOP code: the units the code's prefix names. The one place that reads a producer's
 * units for codes, so that a change in how producers refer to units (unit versions, the commune of today's map
 * through succession) is made here alone.
 */
final class ProductCodePlace {
    private ProductCodePlace() {
    }

    /** The producer's district, for T-H codes (1048, 148). */
    static String districtOf(Producer producer) {
        return producer.districtCode;
    }

    /**
     * The producer's commune, for T-X codes (1489, 26/2026: codes of Decision 19/2025): for now the commune code its
     * record holds; null when it has none.
     */
    static String communeOf(Producer producer) {
        return producer.communeCode;
    }

    /** The province a unit lies in (itself for a province); null when its chain does not reach one. */
    static String provinceOf(String unitCode) {
        AdminUnit u = unitCode == null ? null : AdminUnit.findById(unitCode);
        for (int depth = 0; u != null && depth < 5; depth++) {
            if (u.type == AdminUnitType.PROVINCE) {
                return u.code;
            }
            u = u.parentCode == null ? null : AdminUnit.findById(u.parentCode);
        }
        return null;
    }
}
