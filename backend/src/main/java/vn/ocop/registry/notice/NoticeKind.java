package vn.ocop.registry.notice;

/** What a notice tells its recipient. */
public enum NoticeKind {
    /** To a certificate's holder: it ends within 30 days. */
    CERTIFICATE_EXPIRY,
    /** To a council member: a round they sit on has started scoring. */
    ROUND_SCORING,
    /** To a producer's contact: their support request took a step. */
    SUPPORT_STEP
}
