package vn.ocop.registry.evaluation;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/**
 * The query filters of the round's result list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class ResultListParams {
    @QueryParam("outcome")
    @Parameter(schema = @Schema(implementation = EntryOutcome.class))
    public String outcome;

    ResultFilter parse() {
        return new ResultFilter(QueryValues.enumValue("outcome", outcome, EntryOutcome.class));
    }
}
