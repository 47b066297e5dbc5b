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
    public static final String HTTP = "about:blank";
    public static final String INTERNAL = "urn:ocop:problem:internal";

    private ProblemTypes() {
    }
}
