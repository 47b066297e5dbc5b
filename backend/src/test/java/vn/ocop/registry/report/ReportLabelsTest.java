package vn.ocop.registry.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.certification.CertificationType;
import vn.ocop.registry.commerce.TradeEventKind;
import vn.ocop.registry.support.SupportStatus;
import vn.ocop.registry.support.SupportType;

/** The annual report names codes by their enum's own label; these are the texts the workbook shows. */
class ReportLabelsTest {
    @Test
    void supportAndEventLabels() {
        assertEquals(Map.of("INFRASTRUCTURE", "Cơ sở hạ tầng, nhà xưởng, máy móc",
                "PACKAGING_DESIGN", "Thiết kế bao bì, nhãn mác",
                "IP_REGISTRATION", "Đăng ký sở hữu trí tuệ",
                "TRAINING", "Tập huấn, đào tạo",
                "TRADE_PROMOTION", "Xúc tiến thương mại",
                "FINANCE", "Tín dụng, vốn",
                "OTHER", "Khác"), labels(SupportType.values(), t -> t.label));
        assertEquals(Map.of("REQUESTED", "Đã đề nghị", "APPROVED", "Đã duyệt", "IN_PROGRESS", "Đang thực hiện",
                "DONE", "Hoàn thành", "REJECTED", "Từ chối"), labels(SupportStatus.values(), s -> s.label));
        assertEquals(Map.of("FAIR", "Hội chợ", "EXHIBITION", "Triển lãm", "CONFERENCE", "Hội nghị, hội thảo",
                "OTHER", "Khác"), labels(TradeEventKind.values(), k -> k.label));
        assertEquals("Cơ sở đủ điều kiện an toàn thực phẩm", CertificationType.FOOD_SAFETY.label);
    }

    private static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label) {
        return Arrays.stream(values).collect(Collectors.toMap(Enum::name, label));
    }
}
