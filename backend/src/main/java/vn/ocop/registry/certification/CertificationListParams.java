package vn.ocop.registry.certification;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.common.RecordId;

/**
 * The query filters of the certification list, shared with its export; {@link #parse} turns them into the typed filter, a
 * bad value being a 400 naming the parameter.
 */
public class CertificationListParams {
    @QueryParam("q")
    @Parameter(description = "Number, issuer, product or producer name, accent-insensitive", example = "cha hoa")
    public String q;

    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = CertificationType.class))
    public String type;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = CertificationStatus.class))
    public String status;

    @QueryParam("districtCode")
    @Parameter(description = "District-level admin-unit code of the holder", example = "842")
    public String districtCode;

    @QueryParam("productId")
    @Parameter(description = "Certifications of this product", example = "1",
            schema = @Schema(implementation = RecordId.class))
    public String productId;

    @QueryParam("producerId")
    @Parameter(description = "Certifications of this producer: its facility-level ones and its products'", example = "1",
            schema = @Schema(implementation = RecordId.class))
    public String producerId;

    @QueryParam("expiringWithinDays")
    @Parameter(description = "Only those expiring between today and today + N days", example = "30",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "3650"))
    public String expiringWithinDays;

    @QueryParam("updatedSince")
    @Parameter(description = QueryValues.UPDATED_SINCE, example = QueryValues.UPDATED_SINCE_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    CertificationFilter parse() {
        return new CertificationFilter(q, QueryValues.enumValue("type", type, CertificationType.class),
                QueryValues.enumValue("status", status, CertificationStatus.class), districtCode,
                QueryValues.id("productId", productId), QueryValues.id("producerId", producerId),
                QueryValues.integer("expiringWithinDays", expiringWithinDays, 0, 3650),
                QueryValues.instant("updatedSince", updatedSince));
    }
}
