package vn.ocop.registry.rubric;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query filters of the rubric version's sheet list; {@link #parse} turns them into the typed filter, a bad value being
 * a 400 naming the parameter.
 */
public class RubricSheetListParams {
    @QueryParam("q")
    @Parameter(description = "Sheet name search, accent-insensitive", example = "che bien")
    public String q;

    RubricSheetFilter parse() {
        return new RubricSheetFilter(q);
    }
}
