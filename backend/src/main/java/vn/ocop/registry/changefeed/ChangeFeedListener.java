package vn.ocop.registry.changefeed;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import io.quarkus.arc.Arc;
import vn.ocop.registry.common.AuditedEntity;

/**
 * The one way events get into the feed: Hibernate calls these after it has written a tracked row (the new version
 * already set), whichever service, job or importer changed it through JPA. Writes that bypass the entities (native
 * SQL, bulk JPQL {@code update}/{@code delete}) would leave no event: tracked tables are written through entities only.
 */
public class ChangeFeedListener {
    @PostPersist
    void created(Object entity) {
        record(entity, ChangeAction.CREATED);
    }

    @PostUpdate
    void updated(Object entity) {
        record(entity, ChangeAction.UPDATED);
    }

    @PostRemove
    void deleted(Object entity) {
        record(entity, ChangeAction.DELETED);
    }

    private static void record(Object entity, ChangeAction action) {
        if (entity instanceof ChangeTracked tracked && entity instanceof AuditedEntity audited) {
            Arc.container().instance(ChangeRecorder.class).get().record(tracked, audited.version, action);
        }
    }
}
