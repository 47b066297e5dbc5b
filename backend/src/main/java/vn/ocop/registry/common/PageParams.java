package vn.ocop.registry.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Paging and sorting query parameters. They arrive as text and are parsed here, so that
 * {@code page=abc} is a 400 naming the parameter rather than JAX-RS's default 404; their schemas tell
 * the contract what the parsing accepts.
 */
public class PageParams {
    public static final int MAX_SIZE = 200;
    private static final int MAX_PAGE = 1_000_000;
    private static final int DEFAULT_SIZE = 20;
    /** Far more than every sortable field of a list, far less than the request line can carry. */
    public static final int MAX_SORT_LENGTH = 200;
    /** A cursor holds the sort keys of one item: a few names and numbers. */
    public static final int MAX_CURSOR_LENGTH = 2000;

    @QueryParam("page")
    @Parameter(description = "Zero-based page number", example = "0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "" + MAX_PAGE,
                    defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1–" + MAX_SIZE, example = "20",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_SIZE,
                    defaultValue = "" + DEFAULT_SIZE))
    public String size;

    @QueryParam("after")
    @Parameter(description = "The `next` cursor of the previous page of the same request (same filters and sort): "
            + "pages by keyset rather than by offset, so deep pages stay fast and stable; `page` must then be absent. "
            + "Lists that page by `page` only refuse it.",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CURSOR_LENGTH))
    public String after;

    /** Each list names its sortable fields on its operation; {@link OpenApiSortFields} adds them here. */
    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields, '-' for descending",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_SORT_LENGTH))
    public String sort;

    /**
     * Validates the parameters against the sortable fields of a list.
     *
     * @param sortable API field name to query path
     * @param defaultSort used when no sort is given
     */
    public PageRequest resolve(Map<String, String> sortable, String defaultSort) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int p = parse("page", page, 0, 0, MAX_PAGE, errors);
        int s = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        List<PageRequest.Order> orders = new ArrayList<>();
        if (sort != null && sort.length() > MAX_SORT_LENGTH) {
            errors.add(new Problem.FieldError("sort", "must be at most " + MAX_SORT_LENGTH + " characters"));
            throw ProblemException.invalid(errors);
        }
        String spec = sort == null || sort.isBlank() ? defaultSort : sort;
        for (String token : spec.split(",")) {
            String t = token.trim();
            if (t.isEmpty()) {
                continue;
            }
            boolean desc = t.startsWith("-");
            String field = desc || t.startsWith("+") ? t.substring(1) : t;
            String column = sortable.get(field);
            if (column == null) {
                errors.add(new Problem.FieldError("sort", "cannot sort by '" + field + "'; use one of "
                        + String.join(", ", sortable.keySet().stream().sorted().toList())));
            } else {
                orders.add(new PageRequest.Order(column, desc));
            }
        }
        List<String> cursor = null;
        if (after != null && !after.isBlank()) {
            if (after.length() > MAX_CURSOR_LENGTH) {
                errors.add(new Problem.FieldError("after", "must be at most " + MAX_CURSOR_LENGTH + " characters"));
            } else if (page != null && !page.isBlank()) {
                errors.add(new Problem.FieldError("page", "must be absent with a cursor (after)"));
            } else {
                cursor = PageRequest.parseCursor(after.trim());
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new PageRequest(p, s, orders, cursor);
    }

    private static int parse(String name, String value, int fallback, int min, int max, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min || n > max) {
                errors.add(new Problem.FieldError(name, "must be between " + min + " and " + max));
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(name, "must be a whole number between " + min + " and " + max));
            return fallback;
        }
    }
}
