package vn.ocop.registry.evaluation;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/**
 * The query filters of the round's entry list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class RoundEntryListParams {
    @QueryParam("q")
    @Parameter(description = "Product or producer name, accent-insensitive", example = "dua sap")
    public String q;

    @QueryParam("outcome")
    @Parameter(schema = @Schema(implementation = EntryOutcome.class))
    public String outcome;

    EntryFilter parse(long roundId) {
        return new EntryFilter(roundId, null, q, QueryValues.enumValue("outcome", outcome, EntryOutcome.class));
    }
}
