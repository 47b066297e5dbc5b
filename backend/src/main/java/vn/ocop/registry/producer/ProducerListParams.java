package vn.ocop.registry.producer;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/**
 * The query filters of the producer list, shared with its export; {@link #parse} turns them into the typed filter, a bad
 * value being a 400 naming the parameter.
 */
public class ProducerListParams {
    @QueryParam("q")
    @Parameter(description = "Name search, accent-insensitive", example = "hop tac xa")
    public String q;

    @QueryParam("districtCode")
    @Parameter(description = "District-level admin-unit code", example = "845")
    public String districtCode;

    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = ProducerType.class))
    public String type;

    ProducerFilter parse() {
        return new ProducerFilter(q, districtCode, QueryValues.enumValue("type", type, ProducerType.class));
    }
}
