package vn.ocop.registry.evaluation;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.common.RecordId;

/**
 * The query filters of the score-sheet list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class ScoreSheetListParams {
    @QueryParam("entryId")
    @Parameter(example = "1", schema = @Schema(implementation = RecordId.class))
    public String entryId;

    @QueryParam("roundId")
    @Parameter(example = "1", schema = @Schema(implementation = RecordId.class))
    public String roundId;

    @QueryParam("memberUsername")
    @Parameter(example = "dc-cauke-1")
    public String memberUsername;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = SheetStatus.class))
    public String status;

    ScoreSheetFilter parse() {
        return new ScoreSheetFilter(QueryValues.id("entryId", entryId), QueryValues.id("roundId", roundId), memberUsername,
                QueryValues.enumValue("status", status, SheetStatus.class));
    }
}
