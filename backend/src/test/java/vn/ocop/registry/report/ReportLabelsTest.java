package vn.ocop.registry.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.ocop.registry.certification.CertificationType;

/** The annual report names certification types exactly as the certifications list and export do. */
class ReportLabelsTest {
    @Test
    void certificationTypesHaveOneLabel() {
        for (CertificationType type : CertificationType.values()) {
            assertEquals(type.label, ReportLabels.certification(type.name()), type.name());
        }
        assertEquals("Cơ sở đủ điều kiện an toàn thực phẩm", CertificationType.FOOD_SAFETY.label);
    }
}
