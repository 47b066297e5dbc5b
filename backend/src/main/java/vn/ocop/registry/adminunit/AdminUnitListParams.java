package vn.ocop.registry.adminunit;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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

    @QueryParam("date")
    @Parameter(description = "Only units valid on this date", example = "2019-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String date;

    AdminUnitFilter parse() {
        return new AdminUnitFilter(parentCode, QueryValues.enumValue("type", type, AdminUnitType.class),
                QueryValues.date("date", date));
    }
}
