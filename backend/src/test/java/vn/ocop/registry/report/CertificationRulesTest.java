package vn.ocop.registry.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ocop.registry.certification.CertificationType;

class CertificationRulesTest {
    @Test
    void everyIpTypeCountsAsIntellectualProperty() {
        assertEquals(EnumSet.of(CertificationType.IP_TRADEMARK, CertificationType.IP_COLLECTIVE_MARK,
                CertificationType.IP_CERTIFICATION_MARK, CertificationType.IP_GEOGRAPHICAL_INDICATION),
                CertificationRules.intellectualProperty());
    }

    @Test
    void aStandardOrASelfDeclarationCountsAsQuality() {
        assertEquals(List.of("QUALITY_SELF_DECLARATION", "QUALITY_STANDARD"),
                CertificationRules.names(CertificationRules.QUALITY));
    }
}
