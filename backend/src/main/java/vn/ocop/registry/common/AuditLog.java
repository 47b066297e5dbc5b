package vn.ocop.registry.common;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.arc.Arc;

/**
 * The audit trail: services record each change with its author; every audited resource reads it back at
 * {@code GET …/{id}/history}, paged and sorted alike through {@link #order}.
 */
@ApplicationScoped
public class AuditLog {
    /** The sortable fields of every history endpoint, for its {@code OpenApiSortFields} extension. */
    public static final String SORT_FIELDS = "at";
    private static final Map<String, String> SORTABLE = Map.of("at", "at");
    /** Who changed what outside a request (loaders, scheduled jobs), and the role it is recorded in. */
    private static final String SYSTEM = "system";
    /** Fields of the audited snapshots that hold personal data (a household's owner, a contact person). */
    private static final Set<String> PERSONAL_FIELDS = Set.of("taxCode", "representative", "phone", "email", "address",
            "contactPerson", "contactPhone", "contactEmail");

    @Inject
    ProvinceClock clock;
    @Inject
    UnitScope scope;

    @Schema(description = "One change: who did what, when, and which fields changed")
    public record AuditEntry(
            @Schema(examples = "UPDATED") String action,
            @Schema(examples = "do-travinh", description = "The username; for integrators the role it acted in "
                    + "(e.g. district-officer, system), never a person's name") String actor,
            Instant at,
            @Schema(nullable = true, description = "field → {from, to}; null when not recorded, or while hidden from a "
                    + "council member who has not submitted their own sheet") Map<String, Map<String, Object>> changes,
            @Schema(nullable = true, description = "Null when none, or while hidden like changes") String note) {
    }

    /** Records a change in the caller's transaction, so the trail and the change commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, Object entityId, String action, Map<String, Map<String, Object>> changes,
            String note, String actor) {
        AuditEvent e = new AuditEvent();
        e.entityType = entityType;
        e.entityId = String.valueOf(entityId);
        e.action = action;
        e.changes = changes == null || changes.isEmpty() ? null : changes;
        e.note = note;
        e.actor = actor;
        e.actorRole = actor.startsWith(SYSTEM) || !Arc.container().requestContext().isActive() ? SYSTEM : scope.role();
        e.at = clock.now();
        e.persist();
    }

    /** A history endpoint's page and order: oldest first unless {@code sort=-at}. */
    public static PageRequest order(PageParams paging) {
        return paging.resolve(SORTABLE, "at");
    }

    /** A resource's trail; integrators read the authors' roles, not their names, and no personal field's change. */
    @Transactional
    public Page<AuditEntry> history(String entityType, Object entityId, PageRequest page) {
        boolean integrator = scope.isIntegratorOnly();
        return page.fetch(AuditEvent.<AuditEvent>find("entityType = ?1 and entityId = ?2", page.toSort("id"), entityType,
                String.valueOf(entityId)),
                e -> integrator
                        ? new AuditEntry(e.action, e.actorRole == null ? StaffNames.UNKNOWN_ROLE : e.actorRole, e.at,
                                withoutPersonalFields(e.changes), e.note)
                        : new AuditEntry(e.action, e.actor, e.at, e.changes, e.note));
    }

    private static Map<String, Map<String, Object>> withoutPersonalFields(Map<String, Map<String, Object>> changes) {
        if (changes == null) {
            return null;
        }
        Map<String, Map<String, Object>> kept = new LinkedHashMap<>(changes);
        kept.keySet().removeAll(PERSONAL_FIELDS);
        return kept;
    }

    /** What a deletion removed: every field of the last snapshot going to null. */
    public static Map<String, Map<String, Object>> removal(Map<String, Object> before) {
        Map<String, Object> none = new LinkedHashMap<>();
        before.keySet().forEach(field -> none.put(field, null));
        return diff(before, none);
    }

    /** The fields whose values differ between two snapshots (field → {from, to}). */
    public static Map<String, Map<String, Object>> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        for (String field : after.keySet()) {
            Object from = before == null ? null : before.get(field);
            Object to = after.get(field);
            if (!Objects.equals(from, to)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", from);
                change.put("to", to);
                changes.put(field, change);
            }
        }
        return changes;
    }

}
