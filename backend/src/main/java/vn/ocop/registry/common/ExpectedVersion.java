package vn.ocop.registry.common;

import java.util.List;
import java.util.stream.Stream;

/**
 * The version a write expects to change, as its If-Match header named it: one or more entity tags (quoted or not,
 * weak or strong) or {@code *}. Parsed where the request arrives; checked by the service against the row it read,
 * so that a missing header is a 428 and another version a 412 only after the 404 and 403 checks.
 */
public final class ExpectedVersion {
    private static final ExpectedVersion NOT_SENT = new ExpectedVersion(false, null);

    /** Whether {@code *} (any current version) was among the tags. */
    private final boolean any;
    /** The tags named, without quotes and weakness marks; null when no If-Match was sent. */
    private final List<String> tags;

    private ExpectedVersion(boolean any, List<String> tags) {
        this.any = any;
        this.tags = tags;
    }

    /** What an If-Match header says; a missing or blank header expects nothing (see {@link #check}). */
    public static ExpectedVersion of(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return NOT_SENT;
        }
        List<String> candidates = Stream.of(ifMatch.split(",")).map(String::trim).toList();
        return new ExpectedVersion(candidates.contains("*"), candidates.stream().map(ExpectedVersion::tag).toList());
    }

    private static String tag(String candidate) {
        String tag = candidate;
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        return tag;
    }

    /** Whether an If-Match was sent at all (for writes where it is optional). */
    public boolean sent() {
        return tags != null;
    }

    /** 428 when no If-Match was sent, 412 when it names another version than {@code current}. */
    public void check(long current) {
        if (tags == null) {
            throw new ProblemException(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition required",
                    "Send the resource's current ETag in an If-Match header", null);
        }
        if (!any && !tags.contains(Long.toString(current))) {
            throw stale();
        }
    }

    /** For writes where If-Match is optional: checked only when sent. */
    public void checkIfSent(long current) {
        if (sent()) {
            check(current);
        }
    }

    static ProblemException stale() {
        return new ProblemException(412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                "The resource was changed by someone else; fetch it again and retry with its new ETag", null);
    }
}
