package vn.ocop.registry.certification;

/** Kinds of certification a product or producer holds (IP, identification, quality, food safety). */
public enum CertificationType {
    /** Giấy chứng nhận đăng ký nhãn hiệu. */
    IP_TRADEMARK("Nhãn hiệu"), IP_COLLECTIVE_MARK("Nhãn hiệu tập thể"), IP_CERTIFICATION_MARK(
            "Nhãn hiệu chứng nhận"), IP_GEOGRAPHICAL_INDICATION("Chỉ dẫn địa lý"),
    /** GS1 GTIN: a product's, never a facility's. */
    BARCODE("Mã số mã vạch"), QUALITY_SELF_DECLARATION("Tự công bố chất lượng"),
    /** TCVN, TCCS. */
    QUALITY_STANDARD("Tiêu chuẩn chất lượng"),
    /** Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm. */
    FOOD_SAFETY("Cơ sở đủ điều kiện an toàn thực phẩm"), VIETGAP("VietGAP"), HACCP("HACCP"), ISO_22000("ISO 22000"), ORGANIC(
            "Hữu cơ"), OTHER("Khác");

    /** The Vietnamese name, for exports and reports. */
    public final String label;

    CertificationType(String label) {
        this.label = label;
    }
}
