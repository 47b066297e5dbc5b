package vn.ocop.registry.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.Session;
import org.hibernate.SessionFactory;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;

/**
 * The read datasource ({@code quarkus.datasource.read.*}): a read replica where one is configured (OCOP_READ_DB_URL;
 * in Kubernetes CloudNativePG's {@code -ro} service), else the primary again, read-only either way. Only reads that
 * may lag the primary by the replication delay come here: the public catalogue and the annual reports. Never a read
 * that must see a write just made (a writer's read-back, the change feed, ETags, idempotent replays).
 */
@ApplicationScoped
public class ReadDatabase {
    @Inject
    @DataSource("read")
    AgroalDataSource dataSource;
    @Inject
    SessionFactory sessions;

    /**
     * Runs {@code work} with a session of the registry's mappings on a connection of the read datasource, in one
     * read-only transaction of its own (outside the caller's: the replica cannot join it). What {@code work} returns
     * must be read within it (join fetch what it needs).
     */
    public <T> T read(Function<Session, T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Session session = sessions.withOptions().connection(c).autoJoinTransactions(false).openSession()) {
                session.setDefaultReadOnly(true);
                return work.apply(session);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            // DatabaseUnavailable finds the driver's SQLSTATE in the cause: 503 with Retry-After when it is away.
            throw new IllegalStateException("The read database failed", e);
        }
    }
}
