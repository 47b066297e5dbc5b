package vn.ocop.registry.common;

/** The problem {@code type} URIs this API uses; stable, so clients may switch on them. */
public final class ProblemTypes {
    public static final String VALIDATION = "urn:ocop:problem:validation";
    public static final String MALFORMED = "urn:ocop:problem:malformed-request";
    public static final String NOT_FOUND = "urn:ocop:problem:not-found";
    public static final String FORBIDDEN = "urn:ocop:problem:forbidden";
    public static final String UNAUTHORIZED = "urn:ocop:problem:unauthorized";
    public static final String CONFLICT = "urn:ocop:problem:conflict";
    public static final String PRECONDITION_FAILED = "urn:ocop:problem:precondition-failed";
    public static final String PRECONDITION_REQUIRED = "urn:ocop:problem:precondition-required";
    public static final String RATE_LIMITED = "urn:ocop:problem:rate-limited";
    public static final String UNAVAILABLE = "urn:ocop:problem:unavailable";
    public static final String HTTP = "about:blank";
    public static final String INTERNAL = "urn:ocop:problem:internal";

    /** What each type means, for the contract (the Problem schema's {@code type}). */
    public static final String DESCRIPTION = "What went wrong, as a stable URI to switch on:\n"
            + "- `" + VALIDATION + "` (400): fields are invalid; `errors` lists each field and why\n"
            + "- `" + MALFORMED + "` (400): the body is not JSON or not of the expected shape\n"
            + "- `" + UNAUTHORIZED + "` (401): no valid bearer token\n"
            + "- `" + FORBIDDEN + "` (403): the caller's role or unit does not allow this\n"
            + "- `" + NOT_FOUND + "` (404): no such resource\n"
            + "- `" + CONFLICT + "` (409, 422): the current state, or an earlier request with the same "
            + "Idempotency-Key, does not allow this\n"
            + "- `" + PRECONDITION_FAILED + "` (412): If-Match names an outdated version\n"
            + "- `" + PRECONDITION_REQUIRED + "` (428): If-Match is missing\n"
            + "- `" + RATE_LIMITED + "` (429): more requests than the caller may make in the window; retry after "
            + "the seconds in Retry-After\n"
            + "- `" + HTTP + "`: a plain HTTP error (405, 406, 413, 415…); `title` is the status's reason phrase\n"
            + "- `" + INTERNAL + "` (500): an unexpected error; nothing was changed\n"
            + "- `" + UNAVAILABLE + "` (503): the database is unreachable or out of space for a moment; nothing was "
            + "changed; retry after the seconds in Retry-After";

    private ProblemTypes() {
    }
}
