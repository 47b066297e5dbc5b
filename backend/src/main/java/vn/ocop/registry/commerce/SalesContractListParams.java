package vn.ocop.registry.commerce;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.common.RecordId;

/**
 * The query filters of the sales-contract list, shared with its export; {@link #parse} turns them into the typed filter, a
 * bad value being a 400 naming the parameter.
 */
public class SalesContractListParams {
    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = SalesContractStatus.class))
    public String status;

    @QueryParam("partnerId")
    @Parameter(description = "Partner id", example = "1", schema = @Schema(implementation = RecordId.class))
    public String partnerId;

    @QueryParam("producerId")
    @Parameter(description = "Selling producer id", example = "3", schema = @Schema(implementation = RecordId.class))
    public String producerId;

    @QueryParam("productId")
    @Parameter(description = "Contracts with a line for this product", example = "12",
            schema = @Schema(implementation = RecordId.class))
    public String productId;

    @QueryParam("districtCode")
    @Parameter(description = "District of the selling producer", example = "842")
    public String districtCode;

    @QueryParam("signedYear")
    @Parameter(description = "Year the contract was signed", example = "2019",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2200"))
    public String signedYear;

    @QueryParam("updatedSince")
    @Parameter(description = QueryValues.UPDATED_SINCE, example = QueryValues.UPDATED_SINCE_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    SalesContractFilter parse() {
        return new SalesContractFilter(QueryValues.enumValue("status", status, SalesContractStatus.class),
                QueryValues.id("partnerId", partnerId), QueryValues.id("producerId", producerId),
                QueryValues.id("productId", productId), QueryValues.code(districtCode),
                QueryValues.yearStart("signedYear", signedYear), QueryValues.instant("updatedSince", updatedSince));
    }
}
