package vn.ocop.registry.common;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles every exported workbook uses: bold headers, Vietnamese date formats, grouped numbers. */
public record XlsxStyles(CellStyle bold, CellStyle date, CellStyle dateTime, CellStyle money, CellStyle decimal) {
    public static XlsxStyles of(Workbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        CellStyle bold = wb.createCellStyle();
        bold.setFont(font);
        return new XlsxStyles(bold, format(wb, "dd/mm/yyyy"), format(wb, "dd/mm/yyyy hh:mm"), format(wb, "#,##0"),
                format(wb, "#,##0.00"));
    }

    private static CellStyle format(Workbook wb, String pattern) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(pattern));
        return style;
    }
}
