package vn.ocop.registry.support;

/** What a producer asks the OCOP office for. */
public enum SupportType {
    INFRASTRUCTURE("Cơ sở hạ tầng, nhà xưởng, máy móc"), PACKAGING_DESIGN("Thiết kế bao bì, nhãn mác"),
    /** Dịch vụ đăng ký sở hữu trí tuệ. */
    IP_REGISTRATION("Đăng ký sở hữu trí tuệ"), TRAINING("Tập huấn, đào tạo"), TRADE_PROMOTION("Xúc tiến thương mại"), FINANCE(
            "Tín dụng, vốn"), OTHER("Khác");

    /** The Vietnamese name, for exports and reports. */
    public final String label;

    SupportType(String label) {
        this.label = label;
    }
}
