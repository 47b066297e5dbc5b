package vn.ocop.registry.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.ocop.registry.common.ExportFormat;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.report.AnnualReportDtos.AnnualReport;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Annual report of the OCOP programme")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualReportResource {
    private static final String WHO = " District officers and district council members get their own district only, "
            + "commune officers their own commune of today (`unit` defaults to it; another unit is 403); the office, the "
            + "provincial council and integrators see everything or the unit they ask for; an integrator client bound to "
            + "a partner counts only that partner's sales contracts.";

    @Inject
    AnnualReportService service;

    @GET
    @Path("/annual")
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "getAnnualReport",
            summary = "Annual report", description = "Figures of one year, aggregated in the database: units, "
                    + "producers and products taking part (products entered in the year, entered in its evaluation rounds or "
                    + "recognised by its decisions), products by final stars (highest certificate of the year, or 2 stars from "
                    + "a round result that was not forwarded), 3-star-and-above products by district (of the year's map) and "
                    + "group, products by former province and by commune of today, certifications "
                    + "held in the year, sales contracts signed, trade events, support requests, 2-star products that may be "
                    + "upgraded and OCOP certificates expiring the following year." + WHO)
    public AnnualReport annual(@BeanParam AnnualReportParams params) {
        return service.annual(params.year(), params.unit(), params.unitAsOf());
    }

    @GET
    @Path("/annual/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "exportAnnualReport",
            summary = "Export the annual report (XLSX or CSV)", description = "The same figures as the annual "
                    + "report: XLSX with one sheet per section (Tổng hợp, Theo hạng sao, Theo huyện, Theo tỉnh trước sắp xếp, Theo xã hiện nay, Theo nhóm, Chứng nhận, "
                    + "Hợp đồng, Hội chợ, Hỗ trợ, Sản phẩm có thể nâng hạng, Chứng nhận hết hạn năm sau) and numeric cells; "
                    + "CSV (UTF-8 with BOM) as section,label,value lines." + WHO)
    public Response export(@BeanParam AnnualReportExportParams params) {
        ExportFormat type = params.format();
        AnnualReport report = service.annual(params.year(), params.unit(), params.unitAsOf());
        byte[] body = type == ExportFormat.XLSX ? AnnualReportExport.xlsx(report) : AnnualReportExport.csv(report);
        String name = "bao-cao-ocop-" + report.year() + (report.unitCode() == null ? "" : "-" + report.unitCode());
        return Response.ok(body).type(type.mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + type.extension + "\"").build();
    }

}
