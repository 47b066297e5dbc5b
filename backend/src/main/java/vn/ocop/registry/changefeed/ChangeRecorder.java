package vn.ocop.registry.changefeed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

import io.quarkus.arc.Unremovable;
import vn.ocop.registry.common.ProvinceClock;

/**
 * Writes the feed's events into the outbox {@code change_event}, in the transaction of the change: collected while
 * Hibernate flushes, written in one JDBC batch when the transaction is about to commit (after its last flush), and
 * numbered by the database at the commit itself (see V122__change_feed.sql).
 */
// Looked up by the entity listener, injected nowhere: Arc would otherwise remove it.
@Unremovable
@ApplicationScoped
public class ChangeRecorder {
    private static final String PENDING = ChangeRecorder.class.getName() + ".pending";
    /** The place is resolved in SQL: the producer's district and its commune of today, the partner's tax code. */
    private static final String INSERT = """
            INSERT INTO change_event (resource_type, resource_id, action, version, at, actor, actor_role, actor_client,
                                      placed, district_code, commune_code, partner_tax_code)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?::varchar, pr.district_code),
                   CASE WHEN ?::boolean THEN change_event_commune(coalesce(?::bigint, pr.commune_id), ?::date) END,
                   (SELECT pa.tax_code FROM partner pa WHERE pa.id = ?::bigint)
            FROM (SELECT coalesce(?::bigint, (SELECT p.producer_id FROM product p WHERE p.id = ?::bigint)) AS id) ref
            LEFT JOIN producer pr ON pr.id = ref.id
            """;

    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    EntityManager em;
    @Inject
    ProvinceClock clock;

    private record Pending(ChangeSubject subject, long id, ChangeAction action, long version, Instant at,
            ChangeAuthor author) {
    }

    /**
     * Records a change of {@code resource}, now at {@code version}, in the current transaction. A deletion's tombstone
     * carries the version after the last one, so that a resource's versions in the feed always increase.
     */
    public void record(ChangeTracked resource, long version, ChangeAction action) {
        long id = (Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(resource);
        pending().add(new Pending(resource.changeSubject(), id, action,
                action == ChangeAction.DELETED ? version + 1 : version, clock.now(), ChangeAuthor.current()));
    }

    /** This transaction's events; the first one registers their writing before the commit. */
    private List<Pending> pending() {
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Pending> created = new ArrayList<>();
            transactions.putResource(PENDING, created);
            em.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                    .registerCallback((BeforeCompletionCallback) session -> session.doWork(c -> write(c, created)));
            pending = created;
        }
        return pending;
    }

    private void write(Connection connection, List<Pending> pending) throws SQLException {
        LocalDate today = clock.today();
        try (PreparedStatement s = connection.prepareStatement(INSERT)) {
            for (Pending e : pending) {
                ChangeSubject place = e.subject();
                s.setString(1, place.type().name());
                s.setLong(2, e.id());
                s.setString(3, e.action().name());
                s.setLong(4, e.version());
                s.setObject(5, e.at().atOffset(ZoneOffset.UTC));
                s.setString(6, e.author().actor());
                s.setString(7, e.author().role());
                s.setString(8, e.author().client());
                s.setBoolean(9, place.placed());
                s.setString(10, place.districtCode());
                s.setBoolean(11, place.byCommune());
                s.setObject(12, place.communeId(), Types.BIGINT);
                s.setObject(13, today);
                s.setObject(14, place.partnerId(), Types.BIGINT);
                s.setObject(15, place.producerId(), Types.BIGINT);
                s.setObject(16, place.productId(), Types.BIGINT);
                s.addBatch();
            }
            s.executeBatch();
        }
        pending.clear();
    }
}
