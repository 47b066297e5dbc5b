package vn.ocop.registry.changefeed;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.QueryValues;

/** The feed's position and page size; a bad value is a 400 naming the parameter. */
public class ChangeFeedParams {
    static final int MAX_LIMIT = 1000;
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_CURSOR_LENGTH = 19;

    @QueryParam("after")
    @Parameter(description = "The cursor of the last event read (next of the previous page); none or 0: from the "
            + "start", example = "1042",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_CURSOR_LENGTH,
                    pattern = "^[0-9]{1,19}$"))
    public String after;

    @QueryParam("limit")
    @Parameter(description = "Events per page, 1–" + MAX_LIMIT, example = "100",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_LIMIT,
                    defaultValue = "" + DEFAULT_LIMIT))
    public String limit;

    ChangeFeedService.Position parse() {
        long from = 0;
        if (after != null && !after.isBlank()) {
            String a = after.trim();
            if (!a.matches("[0-9]{1," + MAX_CURSOR_LENGTH + "}")) {
                throw ProblemException.invalid("after", "must be a cursor given as next by this feed");
            }
            try {
                from = Long.parseLong(a);
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("after", "must be a cursor given as next by this feed");
            }
        }
        Integer n = QueryValues.integer("limit", limit, 1, MAX_LIMIT);
        return new ChangeFeedService.Position(from, n == null ? DEFAULT_LIMIT : n);
    }
}
