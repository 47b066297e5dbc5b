package vn.ocop.registry.common;

import java.util.List;

/**
 * A rule refused the request. Services throw it; {@link ProblemMappers} turns it into a
 * problem+json response, so business code never builds HTTP responses itself.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, ProblemTypes.VALIDATION, "Invalid request", detail, errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, ProblemTypes.NOT_FOUND, "Not found", doesNotExist(what, id), null);
    }

    /**
     * What a read of a missing record says; a request that refers to a record the caller may not read
     * gets the same words on its field, so that it learns nothing about that record.
     */
    public static String doesNotExist(String what, Object id) {
        return what + " " + id + " does not exist";
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemTypes.FORBIDDEN, "Forbidden", detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, ProblemTypes.CONFLICT, "Conflict", detail, null);
    }

    public int status() {
        return status;
    }

    /** The fields named, for a caller that reports them under its own path (a row of a bulk request). */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }
}
