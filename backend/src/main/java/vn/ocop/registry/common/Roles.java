package vn.ocop.registry.common;

import java.util.List;

/**
 * Keycloak realm roles of realm {@code ocop} (the names are part of the realm contract), and the named sets of
 * them that endpoints admit. An endpoint names one set, {@code @RolesAllowed(Roles.STAFF)}; the roles in each set
 * are listed once, as {@code ocop.access.*} in application.properties. Why config expressions: an annotation
 * value cannot refer to an array constant, and Quarkus resolves {@code ${…}} in {@code @RolesAllowed} to a list.
 */
public final class Roles {
    public static final String OCOP_ADMIN = "ocop-admin";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String DISTRICT_COUNCIL = "district-council";
    public static final String PROVINCIAL_COUNCIL = "provincial-council";
    public static final String INTEGRATOR = "integrator";
    /** A commune People's Committee officer (26/2026): its commune's producers, products and dossier checks. */
    public static final String COMMUNE_OFFICER = "commune-officer";

    public static final List<String> ALL = List.of(OCOP_ADMIN, DISTRICT_OFFICER, DISTRICT_COUNCIL, PROVINCIAL_COUNCIL,
            INTEGRATOR, COMMUNE_OFFICER);

    /** Prefix of the config properties that list each set's roles. */
    public static final String SET_PREFIX = "ocop.access.";

    /** Every role of the realm: reads, which district scoping (in the services) narrows further. */
    public static final String EVERY_ROLE = "${" + SET_PREFIX + "every-role}";
    /** Every role but the integrator: reads that carry personal or internal data. */
    public static final String OFFICIALS = "${" + SET_PREFIX + "officials}";
    /** The provincial OCOP office and district officers: the registry's day-to-day writes. */
    public static final String STAFF = "${" + SET_PREFIX + "staff}";
    /** The provincial OCOP office alone. */
    public static final String OFFICE = "${" + SET_PREFIX + "office}";
    /** The office and the evaluation councils. */
    public static final String OFFICE_AND_COUNCILS = "${" + SET_PREFIX + "office-and-councils}";
    /** The evaluation councils (scoring). */
    public static final String COUNCILS = "${" + SET_PREFIX + "councils}";
    /** Every role and the commune officers: reads of producers, products and certifications, scoped by unit. */
    public static final String LOCAL_READERS = "${" + SET_PREFIX + "local-readers}";
    /** Officials and the commune officers: reads of personal or internal data of producers and products. */
    public static final String LOCAL_OFFICIALS = "${" + SET_PREFIX + "local-officials}";
    /** The office and the commune officers: an entry's dossier check and its local-origin rating (26/2026). */
    public static final String DOSSIER_CHECKERS = "${" + SET_PREFIX + "dossier-checkers}";

    /** The sets above, for the access tests. */
    public static final List<String> SETS = List.of(EVERY_ROLE, OFFICIALS, STAFF, OFFICE, OFFICE_AND_COUNCILS, COUNCILS,
            LOCAL_READERS, LOCAL_OFFICIALS, DOSSIER_CHECKERS);

    /** The config property that lists a set's roles: {@code ${ocop.access.staff}} → {@code ocop.access.staff}. */
    public static String configKey(String set) {
        return set.substring(2, set.length() - 1);
    }

    private Roles() {
    }
}
