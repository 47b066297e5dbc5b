package vn.ocop.registry.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Text;
import vn.ocop.registry.imports.ImportDtos.ImportError;

/**
 * Reads the cells of one row at a time as the request fields want them, and keeps every error with its row and
 * column. Accepts what real spreadsheets hold: text or numbers, dates as Excel dates or {@code dd/MM/yyyy} text,
 * numbers with {@code .} as thousands separator ({@code 2.019}), surrounding spaces, decomposed (NFD) Vietnamese.
 */
final class RowReader {
    private static final List<DateTimeFormatter> DATES = List.of("d/M/uuuu", "d-M-uuuu", "d.M.uuuu", "uuuu-M-d")
            .stream().map(p -> DateTimeFormatter.ofPattern(p).withResolverStyle(ResolverStyle.STRICT)).toList();
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    /** Tax codes typed as numbers lose their leading zero: 300588569 is 0300588569. */
    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d+");

    private final ImportKind kind;
    private final ImportSheet sheet;
    private final ImportChoices.Lists lists;
    private final List<ImportError> errors = new ArrayList<>();
    private final Set<String> flagged = new HashSet<>();
    private final Map<Integer, Integer> errorsByRow = new HashMap<>();
    private ImportSheet.SheetRow current;

    RowReader(ImportKind kind, ImportSheet sheet, ImportChoices.Lists lists) {
        this.kind = kind;
        this.sheet = sheet;
        this.lists = lists;
    }

    /** Reads {@code row} from now on; a row may be read again later (its errors stay). */
    void start(ImportSheet.SheetRow row) {
        current = row;
    }

    int row() {
        return current.number();
    }

    /** Whether the current row has no error so far. */
    boolean ok() {
        return !errorsByRow.containsKey(current.number());
    }

    List<ImportError> errors() {
        return errors;
    }

    /** Records an error on {@code field}'s cell of the current row; only the first for a cell. */
    void error(String field, String message) {
        if (field != null && !flagged.add(current.number() + "/" + field)) {
            return;
        }
        ImportSheet.Place place = field == null ? null : sheet.places.get(field);
        String header = place != null
                ? place.header()
                : field != null && kind.hasColumn(field)
                        ? kind.column(field).header()
                        : null;
        errors.add(new ImportError(current.number(), place == null ? null : place.letter(), header, field,
                field == null ? null : display(current.cells().get(field)), message));
        errorsByRow.merge(current.number(), 1, Integer::sum);
    }

    /** A service's refusal, its fields mapped to this kind's columns; one without fields goes on {@code fallback}. */
    void refused(ProblemException e, Map<String, String> columnOf, String fallback) {
        if (e.errors().isEmpty()) {
            error(fallback, e.getMessage());
        }
        for (Problem.FieldError err : e.errors()) {
            error(columnOf.getOrDefault(err.field(), kind.hasColumn(err.field()) ? err.field() : fallback),
                    err.message());
        }
    }

    /** Text, NFC, trimmed; null when blank. A number is written without a trailing ".0". */
    String text(String field) {
        Object v = current.cells().get(field);
        if (v == null) {
            return null;
        }
        try {
            return Text.clean(Text.normalize(display(v), "description".equals(field)));
        } catch (Text.Refused e) {
            error(field, e.getMessage());
            return null;
        }
    }

    /** A tax code; one typed as a number gets back the leading zero Excel dropped. */
    String taxCode(String field) {
        String s = text(field);
        if (s != null && current.cells().get(field) instanceof Double && DIGITS_ONLY.matcher(s).matches()
                && (s.length() == 9 || s.length() == 11)) {
            return "0" + s;
        }
        return s;
    }

    Integer integer(String field) {
        Object v = current.cells().get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Double d) {
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                error(field, "must be a whole number");
                return null;
            }
            return d.intValue();
        }
        String s = text(field);
        if (s == null) {
            return null;
        }
        if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(".", "");
        }
        if (!WHOLE.matcher(s).matches() || s.length() > 9) {
            error(field, "must be a whole number");
            return null;
        }
        return Integer.parseInt(s);
    }

    LocalDate date(String field) {
        Object v = current.cells().get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof Double d) {
            // A date typed into a cell without a date format still holds Excel's day number.
            if (d > 0 && d < 2_958_466 && d == Math.rint(d)) {
                return DateUtil.getLocalDateTime(d).toLocalDate();
            }
            error(field, "must be a date, dd/MM/yyyy");
            return null;
        }
        String s = text(field);
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // the next pattern
            }
        }
        error(field, "must be a date, dd/MM/yyyy (e.g. 14/06/2019)");
        return null;
    }

    /** The value a choice cell names; unknown values are an error, except units, whose check is the service's. */
    String choice(String field) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        ImportLists list = kind.column(field).list();
        String value = lists.resolve(list, s);
        if (value == null && list != ImportLists.DISTRICTS && list != ImportLists.COMMUNES) {
            error(field, "must be " + lists.describe(list));
        }
        return value != null ? value : s;
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = choice(field);
        return value != null && isValue(type, value) ? Enum.valueOf(type, value) : null;
    }

    private static <E extends Enum<E>> boolean isValue(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    static String display(Object v) {
        if (v instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (v instanceof LocalDate d) {
            return d.format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        }
        return v == null ? null : v.toString();
    }
}
