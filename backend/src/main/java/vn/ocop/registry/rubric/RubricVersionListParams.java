package vn.ocop.registry.rubric;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/**
 * The query filters of the rubric-version list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class RubricVersionListParams {
    @QueryParam("legalBasisCode")
    @Parameter(example = "DECISION_148_2023")
    public String legalBasisCode;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = RubricStatus.class))
    public String status;

    @QueryParam("effectiveOn")
    @Parameter(description = "Only versions in effect on this date", example = "2024-06-30",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String effectiveOn;

    @QueryParam("q")
    @Parameter(description = "Name search, accent-insensitive", example = "quyet dinh 148")
    public String q;

    RubricVersionFilter parse() {
        return new RubricVersionFilter(legalBasisCode, QueryValues.enumValue("status", status, RubricStatus.class),
                QueryValues.date("effectiveOn", effectiveOn), q);
    }
}
