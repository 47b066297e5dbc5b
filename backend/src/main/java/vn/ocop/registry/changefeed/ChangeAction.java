package vn.ocop.registry.changefeed;

/** What happened to a resource; a DELETED event stays in the feed as the resource's tombstone. */
public enum ChangeAction {
    CREATED, UPDATED, DELETED
}
