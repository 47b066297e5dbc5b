package vn.ocop.registry.adminunit;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/** Which version of a code a request means: the one valid on {@code asOf}; without it, today's, else the latest. */
public class AdminUnitVersionParams {
    @QueryParam("asOf")
    @Parameter(description = "The version valid on this date (404 when none was); without it, the version valid "
            + "today, else the latest one. Codes are reused: 29242 was Phường 3 and is now Phường Trà Vinh.",
            example = "2019-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String asOf;

    LocalDate asOf() {
        return QueryValues.date("asOf", asOf);
    }
}
