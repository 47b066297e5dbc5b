package vn.ocop.registry.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text as stored. Every string of a request body passes {@link #normalize} (through {@link StrictJson}): Unicode NFC
 * (Vietnamese input arrives both composed and decomposed), zero-width characters removed (invisible, they would
 * make two equal-looking names differ), and characters that are never text refused: control characters (NUL, which
 * PostgreSQL cannot store, and the rest), lone UTF-16 surrogates and U+FFFD, the mark of bytes that were not UTF-8.
 * Line breaks and tabs are allowed only in multi-line text (descriptions, notes, comments, reasons).
 */
public final class Text {
    /**
     * Invisible format characters: zero-width spaces and joiners, the byte order mark, soft hyphens, direction
     * marks. They are never what was meant, and would make two equal-looking names differ.
     */
    private static final Pattern ZERO_WIDTH = Pattern.compile("\\p{Cf}+");

    private Text() {
    }

    /** Thrown by {@link #normalize} with the reason a value is refused, e.g. "must not contain control characters". */
    public static final class Refused extends IllegalArgumentException {
        public Refused(String reason) {
            super(reason);
        }
    }

    /**
     * The value as stored: zero-width characters removed, NFC; {@code multiLine} allows line breaks (CR LF and CR
     * become LF) and tabs. Neither trims nor blanks: {@link #clean} does that where a field wants it.
     *
     * @throws Refused naming what the value must not contain
     */
    public static String normalize(String s, boolean multiLine) {
        if (s == null) {
            return null;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Refused("must not contain unpaired UTF-16 surrogates");
            } else if (c == '\uFFFD') {
                throw new Refused("must be valid UTF-8 text (contains U+FFFD, the replacement character)");
            } else if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new Refused(multiLine
                        ? "must not contain control characters other than line breaks and tabs"
                        : "must not contain control characters (line breaks and tabs included)");
            }
        }
        String text = ZERO_WIDTH.matcher(s).replaceAll("");
        if (multiLine && text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC, trimmed, blank as null: for fields where surrounding spaces and an empty value mean "none". */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return n.isEmpty() ? null : n;
    }
}
