package vn.ocop.registry.common;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Staff usernames never reach integrators or the public. Every response field that names a person — by its name:
 * {@code …By} (createdBy, updatedBy, checkedBy, closedBy, revokedBy…), {@code …Username}, {@code …Members} and
 * {@code actor}, a string or a list of strings — is written for them as the role the person acted in, as the audit
 * trail records it ({@link AuditLog}, {@code audit_event.actor_role}): {@code system} for loaders and jobs, a client's
 * id for an integrator's service account, {@code staff} when no role was recorded. Values that are a role already
 * (the audit trail's and the change feed's authors, resolved per event) pass as they are. Staff read the usernames.
 */
@RequestScoped
@Unremovable // looked up by shownToCaller, for Jackson and the exports (not CDI beans)
public class StaffNames {
    /** The names of the fields that name a person (a new field so named is covered without anyone remembering). */
    public static final Pattern PERSON_FIELD = Pattern.compile(".*By|.*Username|.*Members|actor");
    /** What integrators and the public read in such a field, said once for the contract (OpenApiStaffNames). */
    public static final String CONTRACT_NOTE = "For integrators and the public: never a username, but the role the "
            + "person acted in (e.g. district-officer), system for loaders and scheduled jobs, a client's id for an "
            + "integrator, or staff when no role was recorded.";
    private static final String SYSTEM = "system";
    /** What integrators read for a person whose role was never recorded (changes made before roles were). */
    static final String UNKNOWN_ROLE = "staff";
    private static final String SERVICE_ACCOUNT = "service-account-";
    private static final Set<String> NOT_PERSONS = Set.of(SYSTEM, UNKNOWN_ROLE, "none");

    @Inject
    SecurityIdentity identity;
    @Inject
    UnitScope scope;
    @Inject
    EntityManager em;

    private Boolean hidden;
    private final Map<String, String> roles = new HashMap<>();

    /** What the caller may read for a field naming {@code name}: the name itself for staff, else a role. */
    public String shown(String name) {
        if (name == null || !hidden()) {
            return name;
        }
        if (Roles.ALL.contains(name) || NOT_PERSONS.contains(name)) {
            return name;
        }
        if (name.startsWith(SYSTEM)) {
            return SYSTEM;
        }
        if (name.startsWith(SERVICE_ACCOUNT)) {
            return name.substring(SERVICE_ACCOUNT.length());
        }
        return roles.computeIfAbsent(name, this::lastRole);
    }

    private boolean hidden() {
        if (hidden == null) {
            hidden = identity.isAnonymous() || scope.isIntegratorOnly();
        }
        return hidden;
    }

    /** The role the person last acted in (index audit_event_actor_role), one query per person and request. */
    private String lastRole(String name) {
        List<?> found = QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                "SELECT actor_role FROM audit_event WHERE actor = :a AND actor_role IS NOT NULL ORDER BY id DESC LIMIT 1")
                .setParameter("a", name).getResultList());
        return found.isEmpty() ? UNKNOWN_ROLE : (String) found.get(0);
    }

    /** Writes the fields that name a person through {@link #shown} (a string, or each string of a list). */
    @Singleton
    public static class Module implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.registerModule(new SimpleModule("staff-names").setSerializerModifier(new BeanSerializerModifier() {
                @Override
                public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                        List<BeanPropertyWriter> properties) {
                    for (BeanPropertyWriter p : properties) {
                        if (PERSON_FIELD.matcher(p.getName()).matches() && namesAPerson(p)) {
                            p.assignSerializer(SERIALIZER);
                        }
                    }
                    return properties;
                }
            }));
        }

        private static boolean namesAPerson(BeanPropertyWriter p) {
            return p.getType().hasRawClass(String.class)
                    || p.getType().isCollectionLikeType() && p.getType().getContentType().hasRawClass(String.class);
        }
    }

    private static final JsonSerializer<Object> SERIALIZER = new JsonSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value instanceof Collection<?> list) {
                gen.writeStartArray();
                for (Object name : list) {
                    gen.writeString(shownToCaller((String) name));
                }
                gen.writeEndArray();
            } else {
                gen.writeString(shownToCaller((String) value));
            }
        }
    };

    /**
     * {@link #shown} for the caller of the current request (JSON fields, export columns of type PERSON); outside a
     * request (a job writing JSON for itself, which nobody reads) the name as it is.
     */
    public static String shownToCaller(String name) {
        ArcContainer arc = Arc.container();
        return arc != null && arc.requestContext().isActive() ? arc.instance(StaffNames.class).get().shown(name) : name;
    }
}
