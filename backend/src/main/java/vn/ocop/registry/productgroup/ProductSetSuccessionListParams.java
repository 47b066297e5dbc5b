package vn.ocop.registry.productgroup;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query filters of the product-set succession list. */
public class ProductSetSuccessionListParams {
    @QueryParam("fromLegalBasis")
    @Parameter(description = "Legal basis of the earlier set", example = "DECISION_1048_2019")
    public String fromLegalBasis;

    @QueryParam("toLegalBasis")
    @Parameter(description = "Legal basis of the set it became", example = "DECISION_148_2023")
    public String toLegalBasis;

    ProductSetSuccessionFilter parse() {
        return new ProductSetSuccessionFilter(fromLegalBasis, toLegalBasis);
    }
}
