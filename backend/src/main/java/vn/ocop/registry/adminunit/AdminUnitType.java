package vn.ocop.registry.adminunit;

/** Vietnamese administrative unit types. CITY and TOWN are provincial cities and towns (district level). */
public enum AdminUnitType {
    PROVINCE, CITY, TOWN, DISTRICT, COMMUNE, WARD;

    /** Units a producer is registered under and a district officer is scoped to. */
    public boolean isDistrictLevel() {
        return this == CITY || this == TOWN || this == DISTRICT;
    }

    public boolean isCommuneLevel() {
        return this == COMMUNE || this == WARD;
    }
}
