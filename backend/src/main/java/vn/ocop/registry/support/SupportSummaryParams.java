package vn.ocop.registry.support;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/** The query parameters of the support-request counts, parsed so that a bad value is a 400 naming it. */
public class SupportSummaryParams {
    @QueryParam("year")
    @Parameter(description = "Year the requests were made", example = "2019",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "2000", maximum = "2100"))
    public String year;

    @QueryParam("districtCode")
    @Parameter(description = "District of the producers", example = "842")
    public String districtCode;

    Integer year() {
        return QueryValues.integer("year", year, 2000, 2100);
    }

    String districtCode() {
        return districtCode;
    }
}
