package vn.ocop.registry.recognition;

import static vn.ocop.registry.common.TableExport.Type.INTEGER;
import static vn.ocop.registry.common.TableExport.Type.TEXT;

import java.time.LocalDate;
import java.util.List;

import vn.ocop.registry.common.PrintedDocument;
import vn.ocop.registry.common.TableExport.Column;
import vn.ocop.registry.recognition.OcopCertificatePrint.Authority;

/**
 * The list of products a recognition decision recognises, as the annex to the decision is printed ("Danh sách sản
 * phẩm … kèm theo Quyết định số …"), in PDF and XLSX with the same columns.
 */
final class DecisionProducts {
    /** One recognised product: its number in the list, the producer's unit as of the decision's date. */
    record Row(int number, String productName, String producerName, String unitName, int stars, String productCode) {
    }

    /** The decision the list is annexed to. */
    record Decision(String number, LocalDate decidedOn, Authority authority) {
    }

    static final List<Column<Row>> COLUMNS = List.of(
            new Column<>("STT", INTEGER, 6, Row::number),
            new Column<>("Tên sản phẩm", TEXT, 36, Row::productName),
            new Column<>("Chủ thể", TEXT, 40, Row::producerName),
            new Column<>("Địa bàn", TEXT, 24, Row::unitName),
            new Column<>("Hạng sao", INTEGER, 9, Row::stars),
            new Column<>("Mã sản phẩm OCOP", TEXT, 22, Row::productCode));
    private static final float[] PDF_WIDTHS = {28, 130, 130, 92, 40, 95};

    private DecisionProducts() {
    }

    static final String SHEET = "Sản phẩm OCOP";

    static String fileName(long decisionId) {
        return "quyet-dinh-" + decisionId + "-san-pham-ocop";
    }

    static byte[] pdf(Decision d, List<Row> rows) {
        try (PrintedDocument doc = PrintedDocument.a4(false, "Danh sách sản phẩm OCOP, Quyết định số " + d.number())) {
            doc.newPage();
            float w = doc.width();
            float y = doc.height() - 50;
            doc.centered("DANH SÁCH SẢN PHẨM ĐƯỢC CÔNG NHẬN SẢN PHẨM OCOP", w / 2, y, 13, true);
            y -= 17;
            for (String line : doc.wrap("(Kèm theo Quyết định số " + d.number() + " ngày "
                    + OcopCertificatePrint.date(d.decidedOn()) + " của Ủy ban nhân dân " + d.authority().inText() + ")",
                    w - 100, 11, false)) {
                doc.centered(line, w / 2, y, 11, false);
                y -= 14;
            }
            List<List<String>> cells = rows.stream().map(r -> List.of(String.valueOf(r.number()), r.productName(),
                    r.producerName(), r.unitName() == null ? "" : r.unitName(), String.valueOf(r.stars()),
                    r.productCode())).toList();
            float x = (w - sum(PDF_WIDTHS)) / 2;
            y = doc.table(x, y - 8, PDF_WIDTHS, COLUMNS.stream().map(Column::header).toList(), cells, 9);
            doc.text("Tổng cộng: " + rows.size() + " sản phẩm.", x, y - 18, 10, false);
            return doc.bytes();
        }
    }

    private static float sum(float[] values) {
        float s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
