package vn.ocop.registry.common;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

/**
 * Flushes pending writes inside the service, so that a constraint the database enforces (a unique
 * index losing a race, a row still referred to) becomes a 409 rather than a 500, while a
 * concurrent change of the same version stays a 412.
 */
public final class Flush {
    private Flush() {
    }

    public static void orConflict(EntityManager em, Supplier<String> detail) {
        orConflict(em, () -> {
        }, detail);
    }

    /**
     * Runs {@code writes} and flushes, as above; for statements that hit the database at once
     * (bulk deletes, native inserts), so that their constraint failures are conflicts too.
     */
    public static void orConflict(EntityManager em, Runnable writes, Supplier<String> detail) {
        try {
            writes.run();
            em.flush();
        } catch (OptimisticLockException e) {
            throw e;
        } catch (PersistenceException e) {
            // A database that went away or ran out of disk is no conflict with the data: a 503 (ProblemMappers).
            if (DatabaseUnavailable.in(e)) {
                throw e;
            }
            throw ProblemException.conflict(detail.get());
        }
    }
}
