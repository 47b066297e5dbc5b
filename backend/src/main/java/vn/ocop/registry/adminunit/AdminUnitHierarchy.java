package vn.ocop.registry.adminunit;

/** Which unit may sit under which: province ⊃ city/town/district ⊃ commune/ward. */
final class AdminUnitHierarchy {
    private AdminUnitHierarchy() {
    }

    /** An error message, or null when a unit of {@code type} may have a parent of {@code parentType}. */
    static String check(AdminUnitType type, AdminUnitType parentType) {
        if (type == AdminUnitType.PROVINCE) {
            return parentType == null ? null : "a province has no parent";
        }
        if (parentType == null) {
            return "is required for a " + type;
        }
        if (type.isDistrictLevel() && parentType != AdminUnitType.PROVINCE) {
            return "a " + type + " must belong to a PROVINCE";
        }
        // Since 2025 communes belong to provinces directly; before, to a district-level unit.
        if (type.isCommuneLevel() && !(parentType.isDistrictLevel() || parentType == AdminUnitType.PROVINCE)) {
            return "a " + type + " must belong to a district-level unit or a PROVINCE";
        }
        return null;
    }
}
