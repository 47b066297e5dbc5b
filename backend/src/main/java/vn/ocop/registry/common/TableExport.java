package vn.ocop.registry.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as XLSX (typed cells, Vietnamese headers, column widths, frozen header row) or as
 * CSV (UTF-8 with BOM so that Excel shows Vietnamese correctly, RFC 4180 quoting).
 */
public final class TableExport {
    /** Exports are for people: dates and times in the province's zone. */
    private static final ZoneId ZONE = ProvinceClock.ZONE;
    public static final int MAX_ROWS = 100_000;
    private static final String FORMULA_START = "=+-@";

    public enum Type {
        TEXT, INTEGER, DECIMAL, MONEY_VND, DATE, DATETIME,
        /** A staff member's username: text, written as a role for integrators ({@link StaffNames}). */
        PERSON
    }

    /** A column: Vietnamese header, cell type, width in characters and how to read the value from a row. */
    public record Column<T>(String header, Type type, int width, Function<T, Object> value) {
    }

    private TableExport() {
    }

    /** The HTTP download of {@code rows} in {@code format}, named {@code baseName}.xlsx/.csv. */
    public static <T> Response download(ExportFormat format, String baseName, String sheetName, List<Column<T>> columns,
            List<T> rows) {
        byte[] body = format == ExportFormat.XLSX ? xlsx(sheetName, columns, rows) : csv(columns, rows);
        return Response.ok(body).type(format.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format.extension + "\"")
                .build();
    }

    public static <T> byte[] xlsx(String sheetName, List<Column<T>> columns, List<T> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            XlsxStyles styles = XlsxStyles.of(wb);

            Row head = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(styles.bold());
                sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (T row : rows) {
                Row line = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Column<T> col = columns.get(c);
                    Object v = value(col, row);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = line.createCell(c);
                    switch (col.type()) {
                        case INTEGER -> cell.setCellValue(((Number) v).doubleValue());
                        case MONEY_VND -> {
                            cell.setCellValue(((Number) v).doubleValue());
                            cell.setCellStyle(styles.money());
                        }
                        case DECIMAL -> {
                            cell.setCellValue(((Number) v).doubleValue());
                            cell.setCellStyle(styles.decimal());
                        }
                        case DATE -> {
                            cell.setCellValue((LocalDate) v);
                            cell.setCellStyle(styles.date());
                        }
                        case DATETIME -> {
                            cell.setCellValue(((Instant) v).atZone(ZONE).toLocalDateTime());
                            cell.setCellStyle(styles.dateTime());
                        }
                        case TEXT, PERSON -> cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> byte[] csv(List<Column<T>> columns, List<T> rows) {
        StringBuilder sb = new StringBuilder("\uFEFF");
        appendLine(sb, columns.stream().map(Column::header).toList());
        for (T row : rows) {
            appendLine(sb, columns.stream().map(c -> format(c, value(c, row))).toList());
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static <T> Object value(Column<T> col, T row) {
        Object v = col.value().apply(row);
        return col.type() == Type.PERSON ? StaffNames.shownToCaller((String) v) : v;
    }

    private static <T> String format(Column<T> col, Object v) {
        if (v == null) {
            return "";
        }
        return switch (col.type()) {
            case DATETIME -> ((Instant) v).atZone(ZONE).toLocalDateTime().withNano(0).toString().replace('T', ' ');
            // A text cell that Excel would read as a formula is kept as text (CSV injection).
            case TEXT, PERSON -> FORMULA_START.indexOf(v.toString().isEmpty() ? ' ' : v.toString().charAt(0)) >= 0
                    ? "'" + v
                    : v.toString();
            default -> v.toString();
        };
    }

    private static void appendLine(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String cell = cells.get(i);
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                sb.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(cell);
            }
        }
        sb.append("\r\n");
    }
}
