package vn.ocop.registry.notice;

/** A notice's e-mail as written when its event happens: the subject line and the plain-text body. */
public record NoticeMail(String title, String body) {
    /** A rendered template: its first line is the subject, the rest (after a blank line) the body. */
    static NoticeMail of(String rendered) {
        String text = rendered.strip();
        int end = text.indexOf('\n');
        return end < 0
                ? new NoticeMail(text, "")
                : new NoticeMail(text.substring(0, end).strip(), text.substring(end + 1).strip());
    }
}
