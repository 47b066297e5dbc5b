package vn.ocop.registry.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.ocop.registry.adminunit.AdminUnit;
import vn.ocop.registry.adminunit.AdminUnitPlacement;

/** Where a unit sits on a date: its chain of parents and the district it belongs to. */
final class AdminUnitChain {
    private AdminUnitChain() {
    }

    /**
     * The unit and its parents up to the province on {@code on}, nearest first (a commune, its district, the province):
     * a unit of another time counts where it lies on that date through the successions (a 2019 commune of Cầu Kè is in
     * Xã Cầu Kè and province 86 in 2026); a unit with no whole successor (a district) counts as itself.
     */
    static List<String> of(Long unitId, LocalDate on) {
        List<String> chain = new ArrayList<>();
        AdminUnit u = unitId == null ? null : AdminUnit.findById(unitId);
        while (u != null && chain.size() < 6) {
            AdminUnit placed = AdminUnitPlacement.placedOn(u.id, on);
            if (placed != null) {
                for (AdminUnit p = placed; p != null && chain.size() < 6; p = parent(p)) {
                    chain.add(p.code);
                }
                return chain;
            }
            chain.add(u.code);
            u = parent(u);
        }
        return chain;
    }

    /** The chain of the version of {@code code} a record of {@code on} refers to. */
    static List<String> of(String code, LocalDate on) {
        AdminUnit u = AdminUnit.asOf(code, on);
        return of(u == null ? null : u.id, on);
    }

    private static AdminUnit parent(AdminUnit u) {
        return u.parentId == null ? null : AdminUnit.findById(u.parentId);
    }

    /** The district a round belongs to for district-scoped readers; null above the district. */
    static String districtOf(AdminUnit unit) {
        if (unit.type.isDistrictLevel()) {
            return unit.code;
        }
        if (unit.type.isCommuneLevel() && unit.parentId != null) {
            AdminUnit parent = AdminUnit.findById(unit.parentId);
            return parent != null && parent.type.isDistrictLevel() ? parent.code : null;
        }
        return null;
    }
}
