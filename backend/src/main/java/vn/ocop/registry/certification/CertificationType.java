package vn.ocop.registry.certification;

/** Kinds of certification a product or producer holds (IP, identification, quality, food safety). */
public enum CertificationType {
    /** Giấy chứng nhận đăng ký nhãn hiệu. */
    IP_TRADEMARK,
    /** Nhãn hiệu tập thể. */
    IP_COLLECTIVE_MARK,
    /** Nhãn hiệu chứng nhận. */
    IP_CERTIFICATION_MARK,
    /** Chỉ dẫn địa lý. */
    IP_GEOGRAPHICAL_INDICATION,
    /** Mã số mã vạch (GS1 GTIN): a product's, never a facility's. */
    BARCODE,
    /** Tự công bố chất lượng sản phẩm. */
    QUALITY_SELF_DECLARATION,
    /** Tiêu chuẩn chất lượng (TCVN, TCCS). */
    QUALITY_STANDARD,
    /** Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm. */
    FOOD_SAFETY,
    VIETGAP,
    HACCP,
    ISO_22000,
    /** Hữu cơ. */
    ORGANIC,
    OTHER
}
