package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    private static Optional<List<String>> words(String text) {
        return SearchTerms.words("q", text);
    }

    private static String refused(String text) {
        ProblemException e = assertThrows(ProblemException.class, () -> words(text));
        Problem p = e.toProblem("/x");
        assertEquals(400, p.status());
        assertEquals("q", p.errors().get(0).field());
        return p.errors().get(0).message();
    }

    @Test
    void absentOrBlankIsNoSearch() {
        assertEquals(Optional.empty(), words(null));
        assertEquals(Optional.empty(), words(""));
        assertEquals(Optional.empty(), words("  \t "));
        assertEquals(Optional.empty(), words("\u200B\uFEFF"));
    }

    @Test
    void wordsAreRunsOfLettersAndDigits() {
        assertEquals(Optional.of(List.of("Gạo", "Long", "Hiệp", "Hạt", "Ngọc", "Rồng")),
                words(" Gạo Long Hiệp (Hạt Ngọc Rồng) "));
        assertEquals(Optional.of(List.of("01", "2019", "QĐ", "UBND")), words("01/2019/QĐ-UBND"));
        assertEquals(Optional.of(List.of("chả", "h")), words("chả\th \u0301"));
    }

    @Test
    void wildcardsAndPunctuationOnlySeparateWords() {
        assertEquals(Optional.of(List.of("100", "x")), words("100%_x"));
        assertEquals(Optional.of(List.of("a", "b")), words("a\\b"));
        // Fullwidth ％ ＿ ＼ are what unaccent turns into % _ \: punctuation too.
        assertEquals(Optional.of(List.of("a", "b")), words("a\uFF05\uFF3F\uFF3Cb"));
        assertEquals(Optional.of(List.of("a", "b")), words("a.*+?^$[](){}|b"));
    }

    @Test
    void aQueryOfOnlyPunctuationHasNoWordAndFindsNothing() {
        for (String q : new String[]{"%", "_", "\\", "%_", "*", "...", "\uFF05", "\u0301", " \u0303\u0323 "}) {
            assertEquals(Optional.of(List.of()), words(q), q);
        }
    }

    @Test
    void decomposedInputIsComposedAndZeroWidthCharactersIgnored() {
        String decomposed = Normalizer.normalize("Chả Hoa", Normalizer.Form.NFD);
        assertEquals(Optional.of(List.of("Chả", "Hoa")), words(decomposed));
        assertEquals(Optional.of(List.of("Chả", "Hoa")), words("Ch\u200Bả\u200D Hoa\u00AD"));
    }

    private static final String CONTROL = "must not contain control characters other than line breaks and tabs";
    private static final String NOT_UTF8 = "must be valid UTF-8 text (contains U+FFFD, the replacement character)";
    private static final String SURROGATE = "must not contain unpaired UTF-16 surrogates";

    @Test
    void controlCharactersAndBrokenTextAreRefused() {
        assertEquals(CONTROL, refused("cha\u0000hoa"));
        assertEquals(CONTROL, refused("\u001F"));
        assertEquals(CONTROL, refused("a\u0085"));
        // What a decoder makes of invalid UTF-8 (%C3%28) or of an encoded lone surrogate (%ED%A0%80).
        assertEquals(NOT_UTF8, refused("\uFFFD("));
        assertEquals(SURROGATE, refused("a\uD800"));
        assertEquals(SURROGATE, refused("\uDC00a"));
        // A pair is one character (outside the BMP) and fine.
        assertEquals(Optional.of(List.of("a\uD840\uDC00")), words("a\uD840\uDC00"));
    }

    @Test
    void lengthAndWordCountAreBounded() {
        assertEquals(Optional.of(List.of("a".repeat(SearchTerms.MAX_LENGTH))), words("a".repeat(SearchTerms.MAX_LENGTH)));
        assertEquals("must be at most 200 characters", refused("a".repeat(SearchTerms.MAX_LENGTH + 1)));
        assertEquals(SearchTerms.MAX_WORDS, words("a ".repeat(SearchTerms.MAX_WORDS)).orElseThrow().size());
        assertEquals("must have at most 16 words", refused("a ".repeat(SearchTerms.MAX_WORDS + 1)));
    }
}
