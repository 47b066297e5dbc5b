package vn.ocop.registry.catalogue;

import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.ocop.registry.catalogue.CatalogueDtos.PublicCertificate;
import vn.ocop.registry.certificate.CertificateStatus;

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

    static String render(PublicCertificate c) {
        boolean ok = c.status() == CertificateStatus.VALID || c.status() == CertificateStatus.EXPIRING;
        return "<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Tra cứu chứng nhận OCOP " + esc(c.publicCode()) + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}"
                + ".s{padding:.75rem 1rem;border-radius:.5rem;font-weight:600;color:#fff;background:"
                + (ok ? "#237804" : "#a8071a") + "}dt{color:#555;margin-top:.5rem}dd{margin:0}</style></head><body>"
                + "<h1>" + esc(c.productName()) + " " + "★".repeat(c.stars()) + "</h1>"
                + "<p class=\"s\">" + esc(c.statusText()) + "</p><dl>"
                + row("Chủ thể", c.producerName()) + row("Địa bàn", c.districtName())
                + row("Hạng", c.stars() + " sao") + row("Mã sản phẩm OCOP", c.productCode())
                + row("Quyết định công nhận", c.decisionNumber() + " ngày " + date(c.decidedOn()))
                + row("Hiệu lực", date(c.issuedOn()) + " – " + date(c.validUntil()))
                + (c.revokedOn() == null ? "" : row("Thu hồi ngày", date(c.revokedOn())))
                + "</dl></body></html>";
    }

    private static String row(String label, String value) {
        return "<dt>" + esc(label) + "</dt><dd>" + esc(value) + "</dd>";
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.format(VN_DATE);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
