package vn.ocop.registry.recognition;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/**
 * The query filters of the recognition-decision list; {@link #parse} turns them into the typed filter, a bad value being a
 * 400 naming the parameter.
 */
public class DecisionListParams {
    @QueryParam("year")
    @Parameter(example = "2019",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
    public String year;

    @QueryParam("updatedSince")
    @Parameter(description = QueryValues.UPDATED_SINCE, example = QueryValues.UPDATED_SINCE_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    DecisionFilter parse() {
        return new DecisionFilter(QueryValues.integer("year", year, 2000, 2100),
                QueryValues.instant("updatedSince", updatedSince));
    }
}
