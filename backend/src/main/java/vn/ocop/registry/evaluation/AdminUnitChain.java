package vn.ocop.registry.evaluation;

import java.util.ArrayList;
import java.util.List;
import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitType;
import vn.ocop.registry.procedure.EvaluationLevel;

/** Where a unit sits: its chain of parents, and which unit types hold rounds of which level. */
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

    /** Communes hold commune rounds, district-level units district rounds, the province the others. */
    static boolean holds(AdminUnitType type, EvaluationLevel level) {
        return switch (level) {
            case COMMUNE -> type.isCommuneLevel();
            case DISTRICT -> type.isDistrictLevel();
            case PROVINCIAL, CENTRAL -> type == AdminUnitType.PROVINCE;
        };
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
