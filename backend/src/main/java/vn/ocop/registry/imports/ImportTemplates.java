package vn.ocop.registry.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ocop.registry.common.XlsxStyles;

/**
 * The downloadable template of each kind: a data sheet with the Vietnamese headers (required ones marked *), date
 * columns formatted dd/mm/yyyy and drop-downs on the choice columns; an instructions sheet; and the lists the
 * drop-downs offer, on a hidden sheet (a list longer than 255 characters cannot sit in the validation itself).
 */
@ApplicationScoped
class ImportTemplates {
    static final String DATA_SHEET = "Dữ liệu";
    static final String HELP_SHEET = "Hướng dẫn";
    static final String LISTS_SHEET = "Danh mục";
    /** Rows the drop-downs and formats cover. */
    private static final int ROWS = ImportSheet.MAX_ROWS;

    @Inject
    ImportChoices choices;

    @Transactional
    byte[] template(ImportKind kind) {
        ImportChoices.Lists lists = choices.load();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxStyles styles = XlsxStyles.of(wb);
            Sheet data = wb.createSheet(DATA_SHEET);
            Sheet help = wb.createSheet(HELP_SHEET);
            Sheet listSheet = wb.createSheet(LISTS_SHEET);
            Row head = data.createRow(0);
            DataValidationHelper dv = data.getDataValidationHelper();
            int listColumn = 0;
            for (int c = 0; c < kind.columns.size(); c++) {
                ImportColumn col = kind.columns.get(c);
                Cell cell = head.createCell(c);
                cell.setCellValue(col.header() + (col.required() ? " *" : ""));
                cell.setCellStyle(styles.bold());
                data.setColumnWidth(c, Math.max(14, col.header().length() + 6) * 256);
                CellRangeAddressList range = new CellRangeAddressList(1, ROWS, c, c);
                if (col.type() == ImportColumn.CellType.DATE) {
                    data.setDefaultColumnStyle(c, styles.date());
                } else if (col.list() != null) {
                    String name = list(wb, listSheet, listColumn++, col.list(), lists.entries(col.list()).stream()
                            .map(ImportChoices.Choice::label).toList(), styles);
                    DataValidation validation = dv.createValidation(dv.createFormulaListConstraint(name), range);
                    // Units may also be typed as a code of a former unit; the check is the import's.
                    validation.setShowErrorBox(col.list() != ImportLists.DISTRICTS && col.list() != ImportLists.COMMUNES);
                    data.addValidationData(validation);
                }
            }
            data.createFreezePane(0, 1);
            instructions(help, kind, styles);
            wb.setSheetHidden(wb.getSheetIndex(listSheet), true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a list into a column of the lists sheet and names its range for the drop-down. */
    private static String list(XSSFWorkbook wb, Sheet sheet, int column, ImportLists list, List<String> labels,
            XlsxStyles styles) {
        Cell title = row(sheet, 0).createCell(column);
        title.setCellValue(list.title);
        title.setCellStyle(styles.bold());
        for (int i = 0; i < labels.size(); i++) {
            row(sheet, i + 1).createCell(column).setCellValue(labels.get(i));
        }
        sheet.setColumnWidth(column, 50 * 256);
        String letter = CellReference.convertNumToColString(column);
        Name name = wb.createName();
        name.setNameName("DS_" + list.name());
        name.setRefersToFormula("'" + LISTS_SHEET + "'!$" + letter + "$2:$" + letter + "$" + (labels.size() + 1));
        return name.getNameName();
    }

    private static Row row(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row != null ? row : sheet.createRow(r);
    }

    private static void instructions(Sheet help, ImportKind kind, XlsxStyles styles) {
        List<String> lines = List.of(
                "Mẫu nhập " + kind.label.toLowerCase() + " vào hệ thống OCOP",
                "",
                "1. Nhập mỗi " + kind.label.toLowerCase() + " trên một dòng của trang \"" + DATA_SHEET
                        + "\", bắt đầu từ dòng 2; giữ nguyên dòng tiêu đề.",
                "2. Cột có dấu * là bắt buộc. Ô để trống giữ nguyên giá trị đã có trong hệ thống.",
                "3. Chọn giá trị trong danh sách thả xuống ở các cột có danh sách.",
                "4. Ngày ghi theo dạng ngày/tháng/năm, ví dụ 14/06/2019. Số có thể viết 2.019 hoặc 2019.",
                "5. " + key(kind),
                "6. Tải tệp lên để kiểm tra trước (không ghi gì): hệ thống báo lỗi từng dòng, từng cột và cho biết mỗi "
                        + "dòng sẽ được thêm mới, cập nhật hay bỏ qua. Sửa lỗi rồi tải lại.",
                "7. Khi không còn lỗi, bấm \"Nhập dữ liệu\": tất cả các dòng được nhập, hoặc không dòng nào.",
                "8. Cán bộ cấp huyện chỉ nhập được dữ liệu của huyện mình.",
                "",
                "Các cột:");
        int r = 0;
        for (String line : lines) {
            row(help, r++).createCell(0).setCellValue(line);
        }
        help.getRow(0).getCell(0).setCellStyle(styles.bold());
        for (ImportColumn col : kind.columns) {
            Row row = row(help, r++);
            row.createCell(0).setCellValue(col.header() + (col.required() ? " *" : ""));
            row.createCell(1).setCellValue(col.aliases().isEmpty()
                    ? ""
                    : "Cũng nhận tiêu đề: " + String.join(", ", col.aliases()));
        }
        help.setColumnWidth(0, 110 * 256);
        help.setColumnWidth(1, 80 * 256);
    }

    private static String key(ImportKind kind) {
        return switch (kind) {
            case PRODUCERS -> "Chủ thể được nhận biết theo mã số thuế; chủ thể không có mã số thuế theo tên và xã "
                    + "(hoặc huyện). Nhập lại cùng tệp không tạo bản ghi trùng.";
            case PRODUCTS -> "Sản phẩm được nhận biết theo chủ thể (mã số thuế, hoặc tên khi không có) và tên sản "
                    + "phẩm. Nhập lại cùng tệp không tạo bản ghi trùng.";
            case CERTIFICATIONS -> "Chứng nhận được nhận biết theo sản phẩm (hoặc chủ thể, khi để trống tên sản phẩm), "
                    + "loại và số chứng nhận. Mã vạch: GTIN-8, 13 hoặc 14 số với số kiểm tra GS1 đúng.";
        };
    }
}
