package vn.ocop.registry.evaluation;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.common.RecordId;

/**
 * The query filters of the evaluation-entry list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class EntryListParams {
    @QueryParam("roundId")
    @Parameter(example = "1", schema = @Schema(implementation = RecordId.class))
    public String roundId;

    @QueryParam("productId")
    @Parameter(example = "1", schema = @Schema(implementation = RecordId.class))
    public String productId;

    @QueryParam("q")
    @Parameter(description = "Product or producer name, accent-insensitive", example = "dua sap")
    public String q;

    @QueryParam("outcome")
    @Parameter(schema = @Schema(implementation = EntryOutcome.class))
    public String outcome;

    EntryFilter parse() {
        return new EntryFilter(QueryValues.id("roundId", roundId), QueryValues.id("productId", productId), q,
                QueryValues.enumValue("outcome", outcome, EntryOutcome.class));
    }
}
