package vn.ocop.registry.changefeed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import vn.ocop.registry.changefeed.ChangeDtos.ChangeEventView;
import vn.ocop.registry.changefeed.ChangeDtos.ChangePage;
import vn.ocop.registry.common.SqlRow;
import vn.ocop.registry.common.UnitScope;

/**
 * Reads the change feed: the committed events after a cursor, in commit order, narrowed to what the caller may read
 * (the same placement rule as the producer list, {@link UnitScope#mayReadPlaced}, on where the resource lay when the
 * event was written; a partner-bound client sees only its partner's contracts); integrators see the author's client
 * or role instead of a person's name.
 */
@ApplicationScoped
public class ChangeFeedService {
    private static final String COLUMNS = "seq, resource_type, resource_id, action, version, at, actor, actor_role, "
            + "actor_client";

    @Inject
    EntityManager em;
    @Inject
    UnitScope scope;

    /** Where to read from (the last seq read) and how many events at most. */
    public record Position(long after, int limit) {
    }

    @Transactional
    public ChangePage read(Position position) {
        UnitScope.Confinement confinement = scope.confinement();
        Optional<String> partner = scope.boundPartnerTaxCode();
        Map<String, Object> params = new HashMap<>();
        params.put("after", position.after());
        params.put("n", position.limit() + 1);
        String visible = "seq > :after";
        if (partner.isPresent()) {
            visible += " AND (resource_type <> 'SALES_CONTRACT' OR partner_tax_code = :partner)";
            params.put("partner", partner.get());
        }
        String events;
        if (confinement.level() == UnitScope.Level.NONE) {
            events = "SELECT " + COLUMNS + " FROM change_event WHERE " + visible + " ORDER BY seq LIMIT :n";
        } else {
            // Two index scans (change_event_unplaced, change_event_district/commune) rather than one filtered scan.
            String column = confinement.level() == UnitScope.Level.DISTRICT ? "district_code" : "commune_code";
            params.put("unit", confinement.unit());
            events = "SELECT * FROM ((SELECT " + COLUMNS + " FROM change_event WHERE " + visible + " AND NOT placed "
                    + "ORDER BY seq LIMIT :n) UNION ALL (SELECT " + COLUMNS + " FROM change_event WHERE " + visible
                    + " AND placed AND " + column + " = :unit ORDER BY seq LIMIT :n)) u ORDER BY seq LIMIT :n";
        }
        // One statement, one snapshot: the head (the last seq committed) is consistent with the page, so that a
        // reader the rest is hidden from may skip to it.
        Query query = em.createNativeQuery("SELECT h.head, e.* FROM (SELECT max(seq) AS head FROM change_event) h "
                + "LEFT JOIN LATERAL (" + events + ") e ON true ORDER BY e.seq", Tuple.class);
        params.forEach(query::setParameter);
        List<SqlRow> rows = SqlRow.list(query);
        boolean hideNames = scope.isIntegratorOnly();
        List<ChangeEventView> items = new ArrayList<>();
        long head = position.after();
        for (SqlRow r : rows) {
            head = Math.max(head, r.number("head"));
            if (r.tuple().get("seq") != null && items.size() < position.limit()) {
                items.add(view(r, hideNames));
            }
        }
        boolean more = rows.size() > position.limit();
        String next = more ? items.get(items.size() - 1).cursor() : Long.toString(head);
        return new ChangePage(items, next, more);
    }

    private static ChangeEventView view(SqlRow r, boolean hideNames) {
        ChangeResourceType type = ChangeResourceType.valueOf(r.text("resource_type"));
        long id = r.number("resource_id");
        String client = r.text("actor_client");
        String role = r.text("actor_role");
        // A client's service account is not a person: its name passes, and StaffNames writes the client's id.
        String actor = hideNames && client == null ? role : r.text("actor");
        return new ChangeEventView(Long.toString(r.number("seq")), type, id, ChangeAction.valueOf(r.text("action")),
                r.number("version"), r.instant("at"), actor, role, type.href(id));
    }
}
