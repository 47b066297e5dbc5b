package vn.ocop.registry.notice;

/** Where a notice stands: waiting (perhaps after failed attempts), sent, or given up after the last attempt. */
public enum NoticeStatus {
    PENDING, SENT, FAILED
}
