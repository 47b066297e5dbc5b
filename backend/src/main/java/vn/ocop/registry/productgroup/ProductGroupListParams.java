package vn.ocop.registry.productgroup;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query filters of the product-group list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class ProductGroupListParams {
    @QueryParam("legalBasis")
    @Parameter(description = "Legal basis code", example = "DECISION_148_2023")
    public String legalBasis;

    ProductGroupFilter parse() {
        return new ProductGroupFilter(legalBasis);
    }
}
