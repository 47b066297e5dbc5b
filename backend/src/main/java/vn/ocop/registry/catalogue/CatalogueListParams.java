package vn.ocop.registry.catalogue;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.product.OcopCertificateStatus;

/**
 * The query filters of the public catalogue list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class CatalogueListParams {
    @QueryParam("q")
    @Parameter(description = "Product name, accent-insensitive", example = "gao long hiep")
    public String q;

    @QueryParam("districtCode")
    @Parameter(example = "842")
    public String districtCode;

    @QueryParam("groupCode")
    @Parameter(description = "FOOD, BEVERAGE, HERBAL, HANDICRAFT, TEXTILE, ORNAMENTAL or TOURISM", example = "FOOD")
    public String groupCode;

    @QueryParam("stars")
    @Parameter(example = "4", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "3", maximum = "5"))
    public String stars;

    @QueryParam("status")
    @Parameter(description = "VALID: only products that may carry the OCOP logo today",
            schema = @Schema(implementation = OcopCertificateStatus.class))
    public String status;

    CatalogueFilter parse() {
        return new CatalogueFilter(q, districtCode, groupCode, QueryValues.integer("stars", stars, 3, 5),
                QueryValues.enumValue("status", status, OcopCertificateStatus.class));
    }
}
