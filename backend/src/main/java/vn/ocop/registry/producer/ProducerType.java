package vn.ocop.registry.producer;

/** The legal forms of OCOP producers (chủ thể OCOP). */
public enum ProducerType {
    ENTERPRISE("Doanh nghiệp"), COOPERATIVE("Hợp tác xã"), COOPERATIVE_GROUP("Tổ hợp tác"),
    /** Its contact data is personal data. */
    HOUSEHOLD_BUSINESS("Hộ kinh doanh");

    /** The Vietnamese name, for exports and reports. */
    public final String label;

    ProducerType(String label) {
        this.label = label;
    }
}
