package vn.ocop.registry.commerce;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/**
 * The query filters of the partner list; {@link #parse} turns them into the typed filter, a bad value being a 400 naming
 * the parameter.
 */
public class PartnerListParams {
    @QueryParam("q")
    @Parameter(description = "Name search, accent-insensitive", example = "bach hoa xanh")
    public String q;

    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = PartnerType.class))
    public String type;

    PartnerFilter parse() {
        return new PartnerFilter(q, QueryValues.enumValue("type", type, PartnerType.class));
    }
}
