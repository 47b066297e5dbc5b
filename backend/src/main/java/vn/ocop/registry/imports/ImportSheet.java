package vn.ocop.registry.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProblemTypes;

/**
 * The rows of an uploaded workbook, by column field. The data sheet is the one whose header row (among its first
 * {@value #HEADER_SEARCH} rows) names most of the kind's columns, so that a title row above the headers, the
 * template's instructions and lists sheets, or a sheet order changed by hand do not matter. Cells keep what Excel
 * holds: text, a number, or a date for date-formatted cells.
 */
final class ImportSheet {
    static final String FIELD = "file";
    static final int MAX_ROWS = 20_000;
    private static final int HEADER_SEARCH = 10;

    /** A data row: its number as Excel shows it, and its non-blank cells by field. */
    record SheetRow(int number, Map<String, Object> cells) {
    }

    /** Where a field's column is: its letter and the header as the file spells it. */
    record Place(String letter, String header) {
    }

    final Map<String, Place> places;
    final List<SheetRow> rows;

    private ImportSheet(Map<String, Place> places, List<SheetRow> rows) {
        this.places = places;
        this.rows = rows;
    }

    /** The rows of {@code content}; a 400 problem when it is no XLSX workbook or lacks the kind's required headers. */
    static ImportSheet read(byte[] content, ImportKind kind) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet best = null;
            int bestRow = -1;
            Map<String, Integer> bestColumns = Map.of();
            for (Sheet sheet : wb) {
                for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH); r++) {
                    Map<String, Integer> columns = columns(sheet.getRow(r), kind);
                    if (columns.size() > bestColumns.size()) {
                        best = sheet;
                        bestRow = r;
                        bestColumns = columns;
                    }
                }
            }
            requireHeaders(kind, bestColumns);
            Map<String, Place> places = new LinkedHashMap<>();
            Row header = best.getRow(bestRow);
            bestColumns.forEach((field, c) -> places.put(field, new Place(CellReference.convertNumToColString(c),
                    text(header.getCell(c)))));
            return new ImportSheet(places, rows(best, bestRow, bestColumns));
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI refuses an old .xls, a CSV, a truncated zip, a zip bomb or broken XML alike: none is a workbook here.
            throw ProblemException.invalid(FIELD, "is not a readable Excel workbook (.xlsx): save it from Excel as "
                    + "\"Excel Workbook (*.xlsx)\" and upload it again");
        }
    }

    private static Map<String, Integer> columns(Row row, ImportKind kind) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        if (row == null) {
            return columns;
        }
        for (Cell cell : row) {
            String header = text(cell);
            if (header == null) {
                continue;
            }
            String key = Headers.key(header);
            String bare = Headers.withoutNote(header);
            kind.columns.stream().filter(c -> c.keys().contains(key) || c.keys().contains(bare)).findFirst()
                    .ifPresent(c -> columns.putIfAbsent(c.field(), cell.getColumnIndex()));
        }
        return columns;
    }

    private static void requireHeaders(ImportKind kind, Map<String, Integer> found) {
        List<String> missing = new ArrayList<>(kind.columns.stream()
                .filter(c -> c.required() && !found.containsKey(c.field())).map(ImportColumn::header).toList());
        if (kind.hasColumn("producerTaxCode") && ImportKind.PRODUCER_REFERENCE.stream().noneMatch(found::containsKey)) {
            missing.add(kind.column("producerTaxCode").header() + " hoặc " + kind.column("producerName").header());
        }
        if (!missing.isEmpty()) {
            String message = "is not a template for " + kind.path + ": the header row lacks "
                    + String.join(", ", missing);
            throw new ProblemException(400, ProblemTypes.VALIDATION, "Wrong template", FIELD + ": " + message,
                    List.of(new Problem.FieldError(FIELD, message)));
        }
    }

    private static List<SheetRow> rows(Sheet sheet, int headerRow, Map<String, Integer> columns) {
        if (sheet.getLastRowNum() - headerRow > MAX_ROWS) {
            String message = "has more than " + MAX_ROWS + " rows: split it into several files";
            throw new ProblemException(413, ProblemTypes.VALIDATION, "File too large", FIELD + ": " + message,
                    List.of(new Problem.FieldError(FIELD, message)));
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> cells = new HashMap<>();
            columns.forEach((field, c) -> {
                Object value = value(row.getCell(c));
                if (value != null) {
                    cells.put(field, value);
                }
            });
            if (!cells.isEmpty()) {
                rows.add(new SheetRow(r + 1, cells));
            }
        }
        return rows;
    }

    /** Text (stripped, blank as null), a Double, or a LocalDate for a date-formatted number. */
    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> blankAsNull(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? (Object) LocalDate.from(cell.getLocalDateTimeCellValue())
                    : (Object) cell.getNumericCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
    }

    private static String text(Cell cell) {
        Object v = value(cell);
        return v == null ? null : v.toString();
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
