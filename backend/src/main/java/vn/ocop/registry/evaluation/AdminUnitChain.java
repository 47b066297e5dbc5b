package vn.ocop.registry.evaluation;

import java.util.ArrayList;
import java.util.List;

import vn.ocop.registry.adminunit.AdminUnit;

/** Where a unit sits: its chain of parents and the district it belongs to. */
final class AdminUnitChain {
    private AdminUnitChain() {
    }

    /** The unit and its parents up to the province, nearest first (a commune, its district, the province). */
    static List<String> of(String code) {
        List<String> chain = new ArrayList<>();
        AdminUnit u = code == null ? null : AdminUnit.findById(code);
        while (u != null && chain.size() < 5) {
            chain.add(u.code);
            u = u.parentCode == null ? null : AdminUnit.findById(u.parentCode);
        }
        return chain;
    }

    /** The district a round belongs to for district-scoped readers; null above the district. */
    static String districtOf(AdminUnit unit) {
        if (unit.type.isDistrictLevel()) {
            return unit.code;
        }
        if (unit.type.isCommuneLevel() && unit.parentCode != null) {
            AdminUnit parent = AdminUnit.findById(unit.parentCode);
            return parent != null && parent.type.isDistrictLevel() ? parent.code : null;
        }
        return null;
    }
}
