package vn.ocop.registry.report;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.ExportFormat;
import vn.ocop.registry.common.QueryValues;

/** The annual report's query parameters and the export's file format. */
public class AnnualReportExportParams extends AnnualReportParams {
    @QueryParam("format")
    @DefaultValue("XLSX")
    @Parameter(description = "XLSX or CSV", schema = @Schema(implementation = ExportFormat.class))
    public String format;

    ExportFormat format() {
        return QueryValues.enumValue("format", format, ExportFormat.class, ExportFormat.XLSX);
    }
}
