package vn.ocop.registry.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ocop.registry.certification.CertificationType;
import vn.ocop.registry.commerce.TradeEventKind;
import vn.ocop.registry.common.TableExport;
import vn.ocop.registry.common.TableExport.Column;
import vn.ocop.registry.common.XlsxStyles;
import vn.ocop.registry.report.AnnualReportDtos.AnnualReport;
import vn.ocop.registry.support.SupportStatus;
import vn.ocop.registry.support.SupportType;

/**
 * Lays the annual report out as sections (one sheet each in XLSX: a title, the unit, a header row and
 * the lines, counts as numeric cells) or as a flat "section,label,value" CSV carrying the same figures.
 */
final class AnnualReportExport {
    /** A money cell, shown with thousands separators. */
    record Vnd(long value) {
    }

    /** One part of the report: its sheet name, column headers and lines (text, numbers, dates or {@link Vnd}). */
    record Section(String title, List<String> headers, List<List<Object>> rows) {
    }

    record CsvLine(String section, String label, Object value) {
    }

    private static final List<Column<CsvLine>> CSV_COLUMNS = List.of(
            new Column<>("section", TableExport.Type.TEXT, 30, CsvLine::section),
            new Column<>("label", TableExport.Type.TEXT, 60, CsvLine::label),
            new Column<>("value", TableExport.Type.TEXT, 20, l -> l.value() instanceof Vnd v ? v.value() : l.value()));

    private AnnualReportExport() {
    }

    static List<Section> sections(AnnualReport r) {
        List<Section> s = new ArrayList<>();
        s.add(new Section("Tổng hợp", List.of("Chỉ tiêu", "Giá trị"), List.of(
                List.of("Năm báo cáo", (long) r.year()),
                List.of("Số đơn vị cấp huyện tham gia", r.summary().units()),
                List.of("Số xã, phường (hiện nay) tham gia", r.summary().communes()),
                List.of("Số chủ thể tham gia", r.summary().producers()),
                List.of("Số sản phẩm tham gia", r.summary().products()),
                List.of("Số sản phẩm đạt 3 sao trở lên", r.summary().ratedProducts()),
                List.of("Số sản phẩm có chứng nhận sở hữu trí tuệ", r.certifications().productsWithIp()),
                List.of("Số sản phẩm có mã vạch và tiêu chuẩn chất lượng", r.certifications().productsWithBarcodeAndQuality()),
                List.of("Số hợp đồng tiêu thụ ký trong năm", r.contracts().count()),
                List.of("Số hội chợ, triển lãm, hội nghị", r.tradeEvents().count()),
                List.of("Số yêu cầu hỗ trợ", r.support().requests()),
                List.of("Số sản phẩm có thể nâng hạng", (long) r.upgradable().size()),
                List.of("Số giấy chứng nhận OCOP hết hạn năm sau", (long) r.expiringNextYear().size()))));
        s.add(new Section("Theo hạng sao", List.of("Hạng sao", "Số sản phẩm"),
                r.byStars().stream().map(c -> List.<Object>of(c.stars() + " sao", c.products())).toList()));
        s.add(new Section("Theo huyện", List.of("Mã đơn vị", "Tên đơn vị", "Số sản phẩm 3 sao trở lên"),
                r.byDistrict().stream().map(c -> List.<Object>of(c.districtCode(), c.districtName(), c.products())).toList()));
        s.add(new Section("Theo tỉnh trước sắp xếp", List.of("Mã tỉnh", "Tên tỉnh", "Hiệu lực", "Số sản phẩm",
                "Số sản phẩm 3 sao trở lên"),
                r.byFormerProvince().stream().map(c -> List.<Object>of(c.provinceCode(),
                        c.provinceName(), validity(c.validFrom(), c.validTo()), c.products(), c.ratedProducts())).toList()));
        s.add(new Section("Theo xã hiện nay", List.of("Mã đơn vị", "Tên đơn vị", "Số sản phẩm", "Số sản phẩm 3 sao trở lên"),
                r.byCommuneToday().stream().map(c -> List.<Object>of(orEmpty(c.communeCode()),
                        c.communeCode() == null ? "Chưa xác định xã, phường" : c.communeName(), c.products(),
                        c.ratedProducts())).toList()));
        s.add(new Section("Theo nhóm", List.of("Mã nhóm", "Tên nhóm", "Số sản phẩm 3 sao trở lên"),
                r.byGroup().stream().map(c -> List.<Object>of(c.groupCode(), c.groupName(), c.products())).toList()));
        s.add(new Section("Chứng nhận", List.of("Loại chứng nhận", "Có hiệu lực trong năm", "Cấp trong năm", "Số sản phẩm"),
                r.certifications().byType().stream().map(c -> List.<Object>of(CertificationType.valueOf(c.type()).label,
                        c.held(), c.issuedInYear(), c.products())).toList()));
        s.add(new Section("Hợp đồng", List.of("Chỉ tiêu", "Giá trị"), List.of(
                List.of("Số hợp đồng ký trong năm", r.contracts().count()),
                List.of("Số sản phẩm trong hợp đồng", r.contracts().products()),
                List.of("Tổng giá trị hợp đồng (đồng)", new Vnd(r.contracts().totalValueVnd())))));
        s.add(new Section("Hội chợ", List.of("Tên sự kiện", "Loại", "Tỉnh, thành phố tổ chức", "Từ ngày", "Đến ngày",
                "Số chủ thể tham gia"),
                r.tradeEvents().items().stream().map(e -> List.<Object>of(e.name(),
                        TradeEventKind.valueOf(e.kind()).label, e.hostProvince(), e.startsOn(), e.endsOn(), e.participants()))
                        .toList()));
        List<List<Object>> support = new ArrayList<>();
        support.add(List.of("Tổng số yêu cầu", "", r.support().requests()));
        support.add(List.of("Số chủ thể đề nghị", "", r.support().producers()));
        r.support().byTypeAndStatus().forEach(c -> support.add(List.of(SupportType.valueOf(c.type()).label,
                SupportStatus.valueOf(c.status()).label, c.count())));
        s.add(new Section("Hỗ trợ", List.of("Nội dung hỗ trợ", "Trạng thái", "Số yêu cầu"), support));
        s.add(new Section("Sản phẩm có thể nâng hạng", List.of("Tên sản phẩm", "Chủ thể", "Mã đơn vị", "Nhóm", "Hạng sao"),
                r.upgradable().stream().map(p -> List.<Object>of(p.productName(), p.producerName(), orEmpty(p.districtCode()),
                        p.groupCode(), (long) p.stars())).toList()));
        s.add(new Section("Chứng nhận hết hạn năm sau", List.of("Mã sản phẩm OCOP", "Tên sản phẩm", "Chủ thể", "Mã đơn vị",
                "Hạng sao", "Hiệu lực đến"),
                r.expiringNextYear().stream().map(c -> List.<Object>of(c.productCode(),
                        c.productName(), c.producerName(), orEmpty(c.districtCode()), (long) c.stars(), c.validUntil()))
                        .toList()));
        return s;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A unit version's days, to tell apart the versions of a reused code (86 before and after 2025-07-01). */
    private static String validity(LocalDate from, LocalDate to) {
        return to == null ? "từ " + from : from + " – " + to;
    }

    static byte[] xlsx(AnnualReport report) {
        String heading = "BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH OCOP NĂM " + report.year();
        String unit = report.unitCode() == null ? "Phạm vi: toàn tỉnh" : "Phạm vi: " + report.unitName();
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxStyles styles = XlsxStyles.of(wb);
            for (Section section : sections(report)) {
                Sheet sheet = wb.createSheet(section.title());
                text(sheet.createRow(0).createCell(0), heading, styles.bold());
                text(sheet.createRow(1).createCell(0), unit, null);
                text(sheet.createRow(2).createCell(0), section.title(), styles.bold());
                Row head = sheet.createRow(4);
                for (int c = 0; c < section.headers().size(); c++) {
                    text(head.createCell(c), section.headers().get(c), styles.bold());
                    sheet.setColumnWidth(c, (c == 0 ? 50 : 22) * 256);
                }
                int r = 5;
                for (List<Object> line : section.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < line.size(); c++) {
                        Cell cell = row.createCell(c);
                        Object v = line.get(c);
                        if (v instanceof Vnd vnd) {
                            cell.setCellValue(vnd.value());
                            cell.setCellStyle(styles.money());
                        } else if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(styles.date());
                        } else {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Cell cell, String value, CellStyle style) {
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * Flat lines, one per figure: the label joins the line's texts (and the column header when the line
     * has several figures).
     */
    static byte[] csv(AnnualReport report) {
        List<CsvLine> lines = new ArrayList<>();
        for (Section section : sections(report)) {
            for (List<Object> row : section.rows()) {
                List<Integer> figures = new ArrayList<>();
                List<String> texts = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    if (isFigure(row.get(c))) {
                        figures.add(c);
                    } else if (!row.get(c).toString().isEmpty()) {
                        texts.add(row.get(c).toString());
                    }
                }
                String label = String.join(" | ", texts);
                for (int c : figures) {
                    lines.add(new CsvLine(section.title(),
                            figures.size() == 1 ? label : label + " | " + section.headers().get(c), row.get(c)));
                }
            }
        }
        return TableExport.csv(CSV_COLUMNS, lines);
    }

    private static boolean isFigure(Object value) {
        return value instanceof Number || value instanceof Vnd;
    }
}
