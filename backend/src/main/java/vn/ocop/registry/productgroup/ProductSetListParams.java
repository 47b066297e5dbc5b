package vn.ocop.registry.productgroup;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query filters of the product-set list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class ProductSetListParams {
    @QueryParam("legalBasis")
    @Parameter(description = "Legal basis code", example = "DECISION_148_2023")
    public String legalBasis;

    @QueryParam("groupCode")
    @Parameter(description = "Product group code", example = "FOOD")
    public String groupCode;

    @QueryParam("q")
    @Parameter(description = "Name search, accent-insensitive", example = "thit trung sua")
    public String q;

    ProductSetFilter parse() {
        return new ProductSetFilter(legalBasis, groupCode, q);
    }
}
