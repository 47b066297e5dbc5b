package vn.ocop.registry.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The words of a search query ({@code q}). Each word is a run of letters and digits; everything
 * else (spaces, punctuation, LIKE or regex wildcards) only separates words, so a word can never
 * carry a wildcard. Text that cannot be a query (control characters, broken UTF-8) is a 400 naming
 * the parameter; zero-width characters are ignored.
 */
public final class SearchTerms {
    public static final int MAX_LENGTH = 200;
    public static final int MAX_WORDS = 16;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
    // Stray combining marks alone unaccent to nothing, which every text would contain.
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private SearchTerms() {
    }

    /**
     * The words of {@code text}: empty when there is no query (absent or blank), an empty list when
     * the query has no word at all (e.g. only punctuation, which then finds nothing).
     *
     * @param field the query parameter, named in the problem when the text is refused
     */
    public static Optional<List<String>> words(String field, String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.length() > MAX_LENGTH) {
            throw ProblemException.invalid(field, "must be at most " + MAX_LENGTH + " characters");
        }
        String visible = QueryValues.text(field, text);
        if (visible.isBlank()) {
            return Optional.empty();
        }
        List<String> words = Arrays.stream(NOT_WORD.split(visible)).filter(w -> LETTER_OR_DIGIT.matcher(w).find()).toList();
        if (words.size() > MAX_WORDS) {
            throw ProblemException.invalid(field, "must have at most " + MAX_WORDS + " words");
        }
        return Optional.of(words);
    }
}
