package vn.ocop.registry.procedure;

import vn.ocop.registry.adminunit.AdminUnitType;

/** The levels of the OCOP procedure, lowest first; a product forwarded goes to the next level its procedure has. */
public enum EvaluationLevel {
    COMMUNE, DISTRICT, PROVINCIAL, CENTRAL;

    /**
     * Which units act at this level: communes hold commune rounds, district-level units district rounds and
     * decisions, the province the others (a central decision is recorded under the product's province).
     */
    public boolean heldBy(AdminUnitType type) {
        return switch (this) {
            case COMMUNE -> type.isCommuneLevel();
            case DISTRICT -> type.isDistrictLevel();
            case PROVINCIAL, CENTRAL -> type == AdminUnitType.PROVINCE;
        };
    }
}
