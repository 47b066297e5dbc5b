package vn.ocop.registry.imports;

import java.util.List;
import java.util.stream.Stream;

/**
 * A column of an import template: the request field it fills, its Vietnamese header, the other spellings people
 * type for it (matched without regard to case, diacritics, spaces or punctuation), what its cells hold, whether a
 * row needs it, and the list of values a choice offers (the template's drop-down).
 */
public record ImportColumn(String field, String header, List<String> aliases, CellType type, boolean required,
        ImportLists list) {

    public enum CellType {
        TEXT, INTEGER, DATE, CHOICE
    }

    static ImportColumn text(String field, String header, boolean required, String... aliases) {
        return new ImportColumn(field, header, List.of(aliases), CellType.TEXT, required, null);
    }

    static ImportColumn integer(String field, String header, boolean required, String... aliases) {
        return new ImportColumn(field, header, List.of(aliases), CellType.INTEGER, required, null);
    }

    static ImportColumn date(String field, String header, boolean required, String... aliases) {
        return new ImportColumn(field, header, List.of(aliases), CellType.DATE, required, null);
    }

    static ImportColumn choice(String field, String header, boolean required, ImportLists list, String... aliases) {
        return new ImportColumn(field, header, List.of(aliases), CellType.CHOICE, required, list);
    }

    /** Every spelling this column answers to, normalized by {@link Headers#key}. */
    List<String> keys() {
        return Stream.concat(Stream.of(header), aliases.stream()).map(Headers::key).toList();
    }
}
