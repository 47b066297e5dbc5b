package vn.ocop.registry.report;

import java.util.Map;
import vn.ocop.registry.certification.CertificationType;

/** Vietnamese names of the codes the annual report shows, for the exported workbook. */
final class ReportLabels {
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

    /** The certification type's own label, as the certifications list and export show it. */
    static String certification(String code) {
        return CertificationType.valueOf(code).label;
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
