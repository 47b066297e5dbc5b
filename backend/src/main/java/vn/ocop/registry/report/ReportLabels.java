package vn.ocop.registry.report;

import java.util.Map;

/** Vietnamese names of the codes the annual report shows, for the exported workbook. */
final class ReportLabels {
    private static final Map<String, String> CERTIFICATION = Map.ofEntries(
            Map.entry("IP_TRADEMARK", "Nhãn hiệu"),
            Map.entry("IP_COLLECTIVE_MARK", "Nhãn hiệu tập thể"),
            Map.entry("IP_CERTIFICATION_MARK", "Nhãn hiệu chứng nhận"),
            Map.entry("IP_GEOGRAPHICAL_INDICATION", "Chỉ dẫn địa lý"),
            Map.entry("BARCODE", "Mã số mã vạch"),
            Map.entry("QUALITY_SELF_DECLARATION", "Tự công bố chất lượng"),
            Map.entry("QUALITY_STANDARD", "Tiêu chuẩn chất lượng"),
            Map.entry("FOOD_SAFETY", "Cơ sở đủ điều kiện an toàn thực phẩm"),
            Map.entry("VIETGAP", "VietGAP"),
            Map.entry("HACCP", "HACCP"),
            Map.entry("ISO_22000", "ISO 22000"),
            Map.entry("ORGANIC", "Hữu cơ"),
            Map.entry("OTHER", "Khác"));
    private static final Map<String, String> SUPPORT_TYPE = Map.of(
            "INFRASTRUCTURE", "Cơ sở hạ tầng, nhà xưởng, máy móc",
            "PACKAGING_DESIGN", "Thiết kế bao bì, nhãn mác",
            "IP_REGISTRATION", "Đăng ký sở hữu trí tuệ",
            "TRAINING", "Tập huấn, đào tạo",
            "TRADE_PROMOTION", "Xúc tiến thương mại",
            "FINANCE", "Tín dụng, vốn",
            "OTHER", "Khác");
    private static final Map<String, String> SUPPORT_STATUS = Map.of(
            "REQUESTED", "Đã đề nghị",
            "APPROVED", "Đã duyệt",
            "IN_PROGRESS", "Đang thực hiện",
            "DONE", "Hoàn thành",
            "REJECTED", "Từ chối");
    private static final Map<String, String> EVENT_KIND = Map.of(
            "FAIR", "Hội chợ",
            "EXHIBITION", "Triển lãm",
            "CONFERENCE", "Hội nghị, hội thảo",
            "OTHER", "Khác");

    private ReportLabels() {
    }

    static String certification(String code) {
        return CERTIFICATION.getOrDefault(code, code);
    }

    static String supportType(String code) {
        return SUPPORT_TYPE.getOrDefault(code, code);
    }

    static String supportStatus(String code) {
        return SUPPORT_STATUS.getOrDefault(code, code);
    }

    static String eventKind(String code) {
        return EVENT_KIND.getOrDefault(code, code);
    }
}
