package vn.ocop.registry.evaluation;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.procedure.EvaluationLevel;

/**
 * The query filters of the evaluation-round list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class RoundListParams {
    @QueryParam("year")
    @Parameter(example = "2019",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
    public String year;

    @QueryParam("level")
    @Parameter(schema = @Schema(implementation = EvaluationLevel.class))
    public String level;

    @QueryParam("adminUnitCode")
    @Parameter(description = "Unit holding the round", example = "845")
    public String adminUnitCode;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = RoundStatus.class))
    public String status;

    @QueryParam("legalBasisCode")
    @Parameter(example = "DECISION_1048_2019")
    public String legalBasisCode;

    @QueryParam("q")
    @Parameter(description = "Name, accent-insensitive", example = "cau ke")
    public String q;

    RoundFilter parse() {
        return new RoundFilter(QueryValues.integer("year", year, 2000, 2100),
                QueryValues.enumValue("level", level, EvaluationLevel.class), adminUnitCode,
                QueryValues.enumValue("status", status, RoundStatus.class), legalBasisCode, q);
    }
}
