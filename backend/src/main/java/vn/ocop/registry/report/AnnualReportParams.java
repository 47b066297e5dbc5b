package vn.ocop.registry.report;

import java.time.LocalDate;

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
    @Parameter(description = "Code of the admin unit to report on: a province (84 Trà Vinh of the past, 86 Vĩnh Long), "
            + "a district of the past (845) or a commune or ward (29308). The report covers the producers recorded in "
            + "the unit or in any unit that lies in it: its sub-units and the units that went into it as a whole "
            + "(Xã Cầu Kè of today covers the 2019 producers of Thị trấn Cầu Kè; 86 of today covers all of Trà "
            + "Vinh). A code means its version valid on `unitAsOf`, else the one valid on the report year's last "
            + "day, else the latest before it (845 for 2026 is the district that ended on 2025-06-30). Unknown: 400.",
            example = "845")
    public String unit;

    @QueryParam("unitAsOf")
    @Parameter(description = "The version of `unit` meant: the one valid on this date (400 naming `unit` when none "
            + "was). Codes are reused: unit=29308&unitAsOf=2019-12-31 is Thị trấn Cầu Kè, without it in a 2026 report "
            + "Xã Cầu Kè.", example = "2019-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String unitAsOf;

    int year() {
        Integer y = QueryValues.integer("year", year, AnnualReportService.MIN_YEAR, AnnualReportService.MAX_YEAR);
        if (y == null) {
            throw ProblemException.invalid("year", "is required");
        }
        return y;
    }

    String unit() {
        return QueryValues.text("unit", unit);
    }

    LocalDate unitAsOf() {
        return QueryValues.date("unitAsOf", unitAsOf);
    }
}
