package vn.ocop.registry.adminunit;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.QueryValues;

/** The query parameters of the admin-unit tree, parsed so that a bad or missing value is a 400 naming it. */
public class AdminUnitTreeParams {
    @QueryParam("root")
    @Parameter(description = "Root unit code", example = "84", required = true)
    public String root;

    @QueryParam("date")
    @Parameter(description = "Only units valid on this date (default: today in the province)", example = "2019-12-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String date;

    String root() {
        if (root == null) {
            throw ProblemException.invalid("root", "must not be null");
        }
        return root;
    }

    LocalDate date() {
        return QueryValues.date("date", date);
    }
}
