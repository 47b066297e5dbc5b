package vn.ocop.registry.support;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.common.RecordId;

/**
 * The query filters of the support-request list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class SupportRequestListParams {
    @QueryParam("q")
    @Parameter(description = "Producer name or description, accent-insensitive", example = "bao bi")
    public String q;

    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = SupportType.class))
    public String type;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = SupportStatus.class))
    public String status;

    @QueryParam("producerId")
    @Parameter(description = "Only this producer's requests", example = "1", schema = @Schema(implementation = RecordId.class))
    public String producerId;

    @QueryParam("districtCode")
    @Parameter(description = "District of the producer", example = "842")
    public String districtCode;

    @QueryParam("year")
    @Parameter(description = "Year the request was made", example = "2019",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
    public String year;

    SupportRequestFilter parse() {
        return new SupportRequestFilter(q, QueryValues.enumValue("type", type, SupportType.class),
                QueryValues.enumValue("status", status, SupportStatus.class), QueryValues.id("producerId", producerId),
                districtCode, QueryValues.integer("year", year, 2000, 2100));
    }
}
