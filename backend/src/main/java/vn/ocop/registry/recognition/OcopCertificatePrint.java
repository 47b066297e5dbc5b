package vn.ocop.registry.recognition;

import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.ocop.registry.common.PrintedDocument;
import vn.ocop.registry.recognition.RecognitionDtos.OcopCertificateView;

/**
 * The printed OCOP certificate in the state's layout (A4 landscape): the issuing authority and the national heading,
 * the title, product, producer, stars, product code, the decision, validity, the place and date with the signer, and
 * the QR code of the public lookup.
 */
final class OcopCertificatePrint {
    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Color RED = new Color(0xB0, 0x1C, 0x1C);
    private static final Color GOLD = new Color(0xD4, 0x9B, 0x00);
    private static final Color BLACK = Color.BLACK;

    /** The issuing authority: the People's Committee of the decision's unit, as that unit was named then. */
    record Authority(String unitName) {
        /** "Tỉnh Trà Vinh" → "Trà Vinh", the place name written before the date. */
        /** "tỉnh Trà Vinh", as written after "Ủy ban nhân dân". */
        String inText() {
            return unitName.isEmpty() ? unitName : unitName.substring(0, 1).toLowerCase(VI) + unitName.substring(1);
        }

        String place() {
            return unitName.replaceFirst("^(Tỉnh|Thành phố|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn|Đặc khu) ", "");
        }
    }

    private OcopCertificatePrint() {
    }

    static byte[] pdf(OcopCertificateView c, Authority authority, String lookupUrl) {
        try (PrintedDocument doc = PrintedDocument.a4(true, "Giấy chứng nhận sản phẩm OCOP " + c.productCode())) {
            doc.newPage();
            float w = doc.width();
            float h = doc.height();
            doc.color(RED);
            doc.rectangle(18, 18, w - 36, h - 36, 2.5f);
            doc.rectangle(25, 25, w - 50, h - 50, 0.8f);

            float left = w * 0.26f;
            float right = w * 0.68f;
            doc.color(BLACK);
            doc.centered("ỦY BAN NHÂN DÂN", left, h - 62, 12, true);
            doc.centered(authority.unitName().toUpperCase(VI), left, h - 78, 12, true);
            doc.line(left - 30, h - 84, left + 30, h - 84, 0.6f);
            doc.centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", right, h - 62, 12, true);
            doc.centered("Độc lập - Tự do - Hạnh phúc", right, h - 78, 12.5f, true);
            float motto = doc.textWidth("Độc lập - Tự do - Hạnh phúc", 12.5f, true);
            doc.line(right - motto / 2, h - 84, right + motto / 2, h - 84, 0.6f);

            doc.color(RED);
            doc.centered("GIẤY CHỨNG NHẬN SẢN PHẨM OCOP", w / 2, h - 140, 26, true);
            doc.color(BLACK);
            doc.centered("Chương trình Mỗi xã một sản phẩm", w / 2, h - 160, 12, false);

            float y = h - 200;
            for (String line : doc.wrap(c.productName(), w - 160, 20, true)) {
                doc.centered(line, w / 2, y, 20, true);
                y -= 24;
            }
            for (String line : doc.wrap("Chủ thể: " + c.producerName(), w - 160, 13, false)) {
                doc.centered(line, w / 2, y, 13, false);
                y -= 17;
            }
            y -= 6;
            doc.centered("Đạt hạng: " + c.stars() + " sao", w / 2, y, 16, true);
            doc.color(GOLD);
            float starsWidth = c.stars() * 26 - 6;
            for (int i = 0; i < c.stars(); i++) {
                doc.star(w / 2 - starsWidth / 2 + 10 + i * 26, y - 22, 10);
            }
            doc.color(BLACK);
            y -= 54;
            doc.centered("Mã sản phẩm OCOP: " + c.productCode(), w / 2, y, 13, true);
            y -= 20;
            doc.centered("Theo Quyết định số " + c.decision().number() + " ngày " + date(c.decision().decidedOn())
                    + " của Ủy ban nhân dân " + authority.inText(), w / 2, y, 12, false);
            y -= 17;
            doc.centered("Hiệu lực: từ ngày " + date(c.issuedOn()) + " đến ngày " + date(c.validUntil()), w / 2, y, 12,
                    false);
            if (c.revokedOn() != null) {
                y -= 20;
                doc.color(RED);
                doc.centered("ĐÃ THU HỒI từ ngày " + date(c.revokedOn()), w / 2, y, 13, true);
                doc.color(BLACK);
            }

            doc.qrCode(lookupUrl, 48, 40, 100);
            doc.text("Quét mã để tra cứu giấy chứng nhận", 150, 100, 9, false);
            doc.text("Mã tra cứu: " + c.publicCode(), 150, 87, 9, false);

            LocalDate on = c.decision().decidedOn();
            doc.centered(authority.place() + ", ngày " + on.getDayOfMonth() + " tháng " + on.getMonthValue() + " năm "
                    + on.getYear(), right, 150, 12, false);
            doc.centered("TM. ỦY BAN NHÂN DÂN", right, 132, 12, true);
            float signerY = 70;
            for (String line : doc.wrap(c.decision().signer(), 300, 12, true)) {
                doc.centered(line, right, signerY, 12, true);
                signerY -= 15;
            }
            return doc.bytes();
        }
    }

    static String date(LocalDate d) {
        return d.format(VN_DATE);
    }
}
