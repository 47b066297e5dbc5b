package vn.ocop.registry.support;

/** What a producer asks the OCOP office for. */
public enum SupportType {
    /** Cơ sở hạ tầng, nhà xưởng, máy móc. */
    INFRASTRUCTURE,
    /** Thiết kế bao bì, nhãn mác. */
    PACKAGING_DESIGN,
    /** Dịch vụ đăng ký sở hữu trí tuệ. */
    IP_REGISTRATION,
    /** Tập huấn, đào tạo. */
    TRAINING,
    /** Xúc tiến thương mại. */
    TRADE_PROMOTION,
    /** Tín dụng, vốn. */
    FINANCE,
    OTHER
}
