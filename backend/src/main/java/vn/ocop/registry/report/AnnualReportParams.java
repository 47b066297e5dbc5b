package vn.ocop.registry.report;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.QueryValues;

/** The query parameters of the annual report, parsed so that a bad or missing value is a 400 naming it. */
public class AnnualReportParams {
    @QueryParam("year")
    @Parameter(description = "Report year (2018–2100)", required = true, example = "2019",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "" + AnnualReportService.MIN_YEAR,
                    maximum = "" + AnnualReportService.MAX_YEAR))
    public String year;

    @QueryParam("unit")
    @Parameter(description = "District-level admin-unit code", example = "845")
    public String unit;

    int year() {
        Integer y = QueryValues.integer("year", year, AnnualReportService.MIN_YEAR, AnnualReportService.MAX_YEAR);
        if (y == null) {
            throw ProblemException.invalid("year", "is required");
        }
        return y;
    }

    String unit() {
        return unit;
    }
}
