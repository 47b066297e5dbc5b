package vn.ocop.registry.producer;

/** The legal forms of OCOP producers (chủ thể OCOP). */
public enum ProducerType {
    /** Doanh nghiệp. */
    ENTERPRISE,
    /** Hợp tác xã. */
    COOPERATIVE,
    /** Tổ hợp tác. */
    COOPERATIVE_GROUP,
    /** Hộ kinh doanh: its contact data is personal data. */
    HOUSEHOLD_BUSINESS
}
