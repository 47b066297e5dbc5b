package vn.ocop.registry.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.catalogue.CatalogueDtos.PublicCertificate;
import vn.ocop.registry.product.OcopCertificateStatus;
import vn.ocop.registry.recognition.RevocationReason;

/** The page shows what people typed as text, never as markup, and nothing for a missing value. */
@QuarkusTest
class CertificatePageTest {
    @Test
    void namesAreEscaped() {
        PublicCertificate c = new PublicCertificate("K7M2Q9XW4T", OcopCertificateStatus.REVOKED, "Đã thu hồi",
                "Chả <script>alert(\"x\")</script>", "Cơ sở A & B", null, 3, "84-842-001-2019",
                LocalDate.of(2019, 12, 5), LocalDate.of(2022, 12, 5), "2680/QĐ-UBND", LocalDate.of(2019, 12, 4),
                LocalDate.of(2020, 1, 2), RevocationReason.LAW_VIOLATION);
        assertEquals("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Tra cứu chứng nhận OCOP K7M2Q9XW4T</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem}"
                + ".s{padding:.75rem 1rem;border-radius:.5rem;font-weight:600;color:#fff;background:#a8071a}"
                + "dt{color:#555;margin-top:.5rem}dd{margin:0}</style></head><body>"
                + "<h1>Chả &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ★★★</h1>"
                + "<p class=\"s\">Đã thu hồi</p><dl>"
                + "<dt>Chủ thể</dt><dd>Cơ sở A &amp; B</dd><dt>Địa bàn</dt><dd></dd><dt>Hạng</dt><dd>3 sao</dd>"
                + "<dt>Mã sản phẩm OCOP</dt><dd>84-842-001-2019</dd>"
                + "<dt>Quyết định công nhận</dt><dd>2680/QĐ-UBND ngày 04/12/2019</dd>"
                + "<dt>Hiệu lực</dt><dd>05/12/2019 – 05/12/2022</dd><dt>Thu hồi ngày</dt><dd>02/01/2020</dd>"
                + "</dl></body></html>", CertificatePage.render(c));
    }
}
