package vn.ocop.registry.producer;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/**
 * The query filters of the producer list, shared with its export; {@link #parse} turns them into the typed filter, a bad
 * value being a 400 naming the parameter.
 */
public class ProducerListParams {
    @QueryParam("q")
    @Parameter(description = "Name search, accent-insensitive", example = "hop tac xa")
    public String q;

    @QueryParam("districtCode")
    @Parameter(description = "The district-level unit of registration (records of before 2025-07-01)", example = "845")
    public String districtCode;

    @QueryParam("communeCode")
    @Parameter(description = "The commune or ward of today the producer lies in, through the successions of units "
            + "(Xã Cầu Kè 29308 finds the 2019 producers of Thị trấn Cầu Kè)", example = "29308")
    public String communeCode;

    @QueryParam("missingCommune")
    @Parameter(description = "true: only producers registered without a commune (for the office to complete); false: "
            + "only those with one", schema = @Schema(type = SchemaType.BOOLEAN))
    public String missingCommune;

    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = ProducerType.class))
    public String type;

    @QueryParam("updatedSince")
    @Parameter(description = QueryValues.UPDATED_SINCE, example = QueryValues.UPDATED_SINCE_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    ProducerFilter parse() {
        return new ProducerFilter(q, QueryValues.code(districtCode), QueryValues.code(communeCode),
                QueryValues.enumValue("type", type, ProducerType.class), QueryValues.flag("missingCommune", missingCommune),
                QueryValues.instant("updatedSince", updatedSince));
    }
}
