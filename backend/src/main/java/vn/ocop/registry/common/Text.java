package vn.ocop.registry.common;

import java.text.Normalizer;

/** Text as stored: Unicode NFC (Vietnamese input arrives both composed and decomposed), trimmed, blank as null. */
public final class Text {
    private Text() {
    }

    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return n.isEmpty() ? null : n;
    }
}
