package vn.ocop.registry.commerce;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.common.RecordId;

/**
 * The query filters of the point-of-sale list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class PointOfSaleListParams {
    @QueryParam("q")
    @Parameter(description = "Name search, accent-insensitive", example = "cua hang ocop")
    public String q;

    @QueryParam("kind")
    @Parameter(schema = @Schema(implementation = PointOfSaleKind.class))
    public String kind;

    @QueryParam("adminUnitCode")
    @Parameter(description = "District-level admin-unit code", example = "842")
    public String adminUnitCode;

    @QueryParam("productId")
    @Parameter(description = "Points of sale offering this product", example = "12",
            schema = @Schema(implementation = RecordId.class))
    public String productId;

    PointOfSaleFilter parse() {
        return new PointOfSaleFilter(q, QueryValues.enumValue("kind", kind, PointOfSaleKind.class),
                QueryValues.code(adminUnitCode), QueryValues.id("productId", productId));
    }
}
