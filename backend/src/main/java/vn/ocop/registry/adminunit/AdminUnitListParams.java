package vn.ocop.registry.adminunit;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.QueryValues;

/**
 * The query filters of the admin-unit list; {@link #parse} turns them into the typed filter, a bad value being a 400 naming
 * the parameter.
 */
public class AdminUnitListParams {
    @QueryParam("parentCode")
    @Parameter(description = "Parent unit code", example = "84")
    public String parentCode;

    @QueryParam("type")
    @Parameter(example = "DISTRICT", schema = @Schema(implementation = AdminUnitType.class))
    public String type;

    @QueryParam("asOf")
    @Parameter(description = "Only the units valid on this date (default: today in the province)",
            example = "2019-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String asOf;

    @QueryParam("date")
    @Parameter(description = "The same as asOf (its former name)", example = "2019-12-31", deprecated = true,
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String date;

    @QueryParam("allVersions")
    @Parameter(description = "Every version of every unit, whatever its dates (asOf must then be absent)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String allVersions;

    AdminUnitFilter parse(LocalDate today) {
        LocalDate on = QueryValues.date("asOf", asOf);
        LocalDate legacy = QueryValues.date("date", date);
        boolean all = "true".equals(allVersions);
        if (allVersions != null && !all && !"false".equals(allVersions)) {
            throw ProblemException.invalid("allVersions", "must be true or false");
        }
        if (all && (on != null || legacy != null)) {
            throw ProblemException.invalid("allVersions", "lists every version; leave out asOf");
        }
        LocalDate effective = on != null ? on : legacy != null ? legacy : all ? null : today;
        return new AdminUnitFilter(QueryValues.code(parentCode), QueryValues.enumValue("type", type, AdminUnitType.class),
                effective);
    }
}
