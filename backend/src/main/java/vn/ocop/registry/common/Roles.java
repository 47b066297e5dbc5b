package vn.ocop.registry.common;

/** Keycloak realm roles of realm {@code ocop}; the names are part of the realm contract. */
public final class Roles {
    public static final String OCOP_ADMIN = "ocop-admin";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String DISTRICT_COUNCIL = "district-council";
    public static final String PROVINCIAL_COUNCIL = "provincial-council";
    public static final String INTEGRATOR = "integrator";

    public static final java.util.List<String> ALL =
            java.util.List.of(OCOP_ADMIN, DISTRICT_OFFICER, DISTRICT_COUNCIL, PROVINCIAL_COUNCIL, INTEGRATOR);

    private Roles() {
    }
}
