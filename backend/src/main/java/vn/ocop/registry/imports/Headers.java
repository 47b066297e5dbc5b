package vn.ocop.registry.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How spreadsheet headers and choices are compared: as people type them, with or without diacritics, in any case,
 * with extra spaces or punctuation ({@code Mã số thuế}, {@code ma so thue}, {@code MÃ  SỐ THUẾ:} are one key).
 */
final class Headers {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{Alnum}]+");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

    private Headers() {
    }

    static String key(String s) {
        if (s == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").strip();
    }

    /** The header without what it says in parentheses: "Mã số thuế (MST)" is "Mã số thuế". */
    static String withoutNote(String s) {
        return s == null ? null : key(PARENTHESES.matcher(s).replaceAll(" "));
    }
}
