package vn.ocop.registry.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.ocop.registry.certification.CertificationType;

/**
 * Which certification types the annual report counts as intellectual property and as quality. A product
 * "holds barcode and quality" when, during the year, it has a BARCODE and a quality document (the
 * SQL tests BARCODE plus any type of {@link #QUALITY}): a registered standard (QUALITY_STANDARD) or a self-declaration (QUALITY_SELF_DECLARATION), since
 * OCOP criterion "tiêu chuẩn chất lượng" accepts either.
 */
public final class CertificationRules {
    static final Set<CertificationType> QUALITY = EnumSet.of(CertificationType.QUALITY_STANDARD,
            CertificationType.QUALITY_SELF_DECLARATION);

    private CertificationRules() {
    }

    /** Trademarks, collective and certification marks, geographical indications: every IP_* type. */
    static Set<CertificationType> intellectualProperty() {
        EnumSet<CertificationType> ip = EnumSet.noneOf(CertificationType.class);
        Arrays.stream(CertificationType.values()).filter(t -> t.name().startsWith("IP_")).forEach(ip::add);
        return ip;
    }

    static List<String> names(Set<CertificationType> types) {
        return types.stream().map(Enum::name).sorted().toList();
    }
}
