package vn.ocop.registry.commerce;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/**
 * The query filters of the trade event's participant list; {@link #parse} turns them into the typed filter, a bad value
 * being a 400 naming the parameter.
 */
public class ParticipantListParams {
    @QueryParam("districtCode")
    @Parameter(description = "District of the participating producer", example = "842")
    public String districtCode;

    ParticipantFilter parse() {
        return new ParticipantFilter(QueryValues.code(districtCode));
    }
}
