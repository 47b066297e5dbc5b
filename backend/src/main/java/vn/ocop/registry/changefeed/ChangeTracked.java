package vn.ocop.registry.changefeed;

/**
 * An entity whose every insert, update and delete goes into the change feed: an {@code AuditedEntity} (its version is
 * the event's) that also names {@code @EntityListeners(ChangeFeedListener.class)}, and says what it is and where it
 * lies.
 */
public interface ChangeTracked {
    ChangeSubject changeSubject();
}
