package vn.ocop.registry.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import vn.ocop.registry.catalogue.CatalogueDtos.PublicCertificate;
import vn.ocop.registry.product.OcopCertificateStatus;

/** The certificate lookup as a small, self-contained Vietnamese page (what a phone shows after a scan). */
final class CertificatePage {
    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CertificatePage() {
    }

    /**
     * Whether a client names a page before JSON, as a phone's browser opening a QR code does (text/html first);
     * a client that takes anything gets JSON.
     */
    static boolean preferredBy(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (!type.isWildcardType() && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** One line of the page's definition list. */
    record Row(String label, String value) {
    }

    /** The page is templates/CertificatePage/page.html; Qute escapes every value as HTML. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(String code, String product, String stars, String status, boolean valid,
                List<Row> rows);
    }

    static String render(PublicCertificate c) {
        boolean valid = c.status() == OcopCertificateStatus.VALID || c.status() == OcopCertificateStatus.EXPIRING;
        List<Row> rows = new ArrayList<>(List.of(new Row("Chủ thể", c.producerName()),
                new Row("Địa bàn", c.districtName()), new Row("Hạng", c.stars() + " sao"),
                new Row("Mã sản phẩm OCOP", c.productCode()),
                new Row("Quyết định công nhận", c.decisionNumber() + " ngày " + date(c.decidedOn())),
                new Row("Hiệu lực", date(c.issuedOn()) + " – " + date(c.validUntil()))));
        if (c.revokedOn() != null) {
            rows.add(new Row("Thu hồi ngày", date(c.revokedOn())));
        }
        return Templates.page(c.publicCode(), c.productName(), "★".repeat(c.stars()), c.statusText(), valid, rows)
                .render();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.format(VN_DATE);
    }
}
