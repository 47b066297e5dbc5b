package vn.ocop.registry.adminunit;

/**
 * Vietnamese administrative unit types. CITY and TOWN are provincial cities and towns (district level); TOWNSHIP is a
 * thị trấn, a commune-level unit of the three-level system (none since 2025-07-01).
 */
public enum AdminUnitType {
    PROVINCE, CITY, TOWN, DISTRICT, COMMUNE, WARD, TOWNSHIP;

    /** Units a producer was registered under before 2025-07-01 and a district officer is scoped to. */
    public boolean isDistrictLevel() {
        return this == CITY || this == TOWN || this == DISTRICT;
    }

    public boolean isCommuneLevel() {
        return this == COMMUNE || this == WARD || this == TOWNSHIP;
    }
}
