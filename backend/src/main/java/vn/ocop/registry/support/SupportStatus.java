package vn.ocop.registry.support;

/** Where a support request stands; changed only through {@link SupportWorkflow} actions. */
public enum SupportStatus {
    REQUESTED, APPROVED, IN_PROGRESS, DONE, REJECTED
}
