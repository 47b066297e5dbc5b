package vn.ocop.registry.recognition;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.common.RecordId;
import vn.ocop.registry.product.OcopCertificateStatus;

/**
 * The query filters of the OCOP certificate list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class OcopCertificateListParams {
    @QueryParam("q")
    @Parameter(description = "Product name, accent-insensitive", example = "cha hoa")
    public String q;

    @QueryParam("districtCode")
    @Parameter(example = "842")
    public String districtCode;

    @QueryParam("productId")
    @Parameter(description = "Certificates of this product", schema = @Schema(implementation = RecordId.class))
    public String productId;

    @QueryParam("producerId")
    @Parameter(description = "Certificates of this producer's products", schema = @Schema(implementation = RecordId.class))
    public String producerId;

    @QueryParam("decisionId")
    @Parameter(description = "Certificates granted by this recognition decision",
            schema = @Schema(implementation = RecordId.class))
    public String decisionId;

    @QueryParam("stars")
    @Parameter(example = "4", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "3", maximum = "5"))
    public String stars;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = OcopCertificateStatus.class))
    public String status;

    @QueryParam("year")
    @Parameter(description = "Year of issue", example = "2019",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
    public String year;

    @QueryParam("updatedSince")
    @Parameter(description = QueryValues.UPDATED_SINCE, example = QueryValues.UPDATED_SINCE_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    OcopCertificateFilter parse() {
        return new OcopCertificateFilter(q, districtCode, QueryValues.id("productId", productId),
                QueryValues.id("producerId", producerId), QueryValues.id("decisionId", decisionId),
                QueryValues.integer("stars", stars, 3, 5), QueryValues.enumValue("status", status, OcopCertificateStatus.class),
                QueryValues.integer("year", year, 2000, 2100), QueryValues.instant("updatedSince", updatedSince));
    }
}
