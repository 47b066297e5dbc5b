package vn.ocop.registry.recognition;

/** The grounds for revoking an OCOP certificate (Decision 26/2026/QĐ-TTg, Article 8). */
public enum RevocationReason {
    /** Hồ sơ không trung thực, giả mạo. */
    FORGED_DOSSIER,
    /** Sản phẩm không còn đáp ứng tiêu chí sau kiểm tra, giám sát. */
    NO_LONGER_MEETS_CRITERIA,
    /** Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, nhãn hàng hóa. */
    LAW_VIOLATION,
    /** Sử dụng sai biểu trưng OCOP. */
    MARK_MISUSE,
    /** Chủ thể ngừng sản xuất. */
    PRODUCTION_STOPPED,
    /** Kết luận khác của cơ quan có thẩm quyền. */
    AUTHORITY_FINDING
}
