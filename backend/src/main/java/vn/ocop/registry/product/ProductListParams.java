package vn.ocop.registry.product;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.common.RecordId;

/**
 * The query filters of the product list, shared with its export; {@link #parse} turns them into the typed filter, a
 * bad value being a 400 naming the parameter.
 */
public class ProductListParams {
    @QueryParam("q")
    @Parameter(description = "Product or producer name, accent-insensitive", example = "cha hoa")
    public String q;

    @QueryParam("districtCode")
    @Parameter(description = "District-level admin-unit code of the producer", example = "842")
    public String districtCode;

    @QueryParam("communeCode")
    @Parameter(description = "The commune of today the product's producer lies in, through the successions of units",
            example = "29308")
    public String communeCode;

    @QueryParam("groupCode")
    @Parameter(description = "Product group code", example = "FOOD")
    public String groupCode;

    @QueryParam("productSetId")
    @Parameter(description = "Product set id", example = "8", schema = @Schema(implementation = RecordId.class))
    public String productSetId;

    @QueryParam("producerId")
    @Parameter(description = "Producer id", example = "1", schema = @Schema(implementation = RecordId.class))
    public String producerId;

    @QueryParam("year")
    @Parameter(description = "Year the product entered the programme", example = "2019",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2018", maximum = "2100"))
    public String year;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = ProductStatus.class))
    public String status;

    @QueryParam("certificationType")
    @Parameter(description = "Only products holding a certification of this type (any status): their own, or "
            + "their producer's facility-level one", schema = @Schema(ref = "CertificationType"))
    public String certificationType;

    @QueryParam("stars")
    @Parameter(description = "Current OCOP stars (a live certificate)", example = "4",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "3", maximum = "5"))
    public String stars;

    @QueryParam("certificateStatus")
    @Parameter(description = "Status of the product's latest OCOP certificate",
            schema = @Schema(implementation = OcopCertificateStatus.class))
    public String certificateStatus;

    @QueryParam("updatedSince")
    @Parameter(description = QueryValues.UPDATED_SINCE, example = QueryValues.UPDATED_SINCE_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    ProductFilter parse(CertifiedProducts certified) {
        return new ProductFilter(q, districtCode, QueryValues.code(communeCode), groupCode,
                QueryValues.id("productSetId", productSetId), QueryValues.id("producerId", producerId),
                QueryValues.integer("year", year, 2018, 2100), QueryValues.enumValue("status", status, ProductStatus.class),
                certified.holding(certificationType),
                QueryValues.integer("stars", stars, 3, 5),
                QueryValues.enumValue("certificateStatus", certificateStatus, OcopCertificateStatus.class),
                QueryValues.instant("updatedSince", updatedSince));
    }
}
