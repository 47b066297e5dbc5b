package vn.ocop.registry.imports;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemTypes;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.files.FileHttp;
import vn.ocop.registry.imports.ImportDtos.ImportJobView;
import vn.ocop.registry.imports.ImportDtos.ImportRefusal;
import vn.ocop.registry.imports.ImportDtos.ImportReport;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "The province's spreadsheets in: producers, products and certifications from "
        + "XLSX, checked row by row first, then imported all or nothing")
public class ImportResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String KINDS = "producers, products or certifications";

    @Inject
    ImportService service;

    @GET
    @Path("/templates/{kind}")
    @Produces(XLSX)
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "downloadImportTemplate", summary = "Download an import template",
            description = "An XLSX workbook: the data sheet with the Vietnamese headers (required ones marked *) and "
                    + "drop-down lists for producer types, product sets and statuses, certification kinds and units; an "
                    + "instructions sheet (Hướng dẫn). OCOP office and district officers.")
    @APIResponse(responseCode = "200", description = "The template",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"mau-nhap-….xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response template(@Parameter(description = KINDS, schema = @Schema(enumeration = {"producers", "products",
            "certifications"})) @PathParam("kind") String kind) {
        ImportKind k = ImportKind.of(kind);
        return Response.ok(service.template(k), XLSX)
                .header("Content-Disposition", "attachment; filename=\"mau-nhap-" + k.path + ".xlsx\"").build();
    }

    @POST
    @Path("/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "importSpreadsheet", summary = "Check (dry run) or import a spreadsheet",
            description = "Multipart field `file`: an XLSX workbook of at most 10 MB and 20,000 rows, laid out like the "
                    + "template. Headers are recognised with or without diacritics, in any case and spacing (`Mã số "
                    + "thuế`, `ma so thue`, `MST`); dates as Excel dates or `dd/MM/yyyy`; numbers with `.` thousands "
                    + "separators; text is trimmed and stored NFC. Rows are matched to the registry by natural key: "
                    + "producers by tax code (without one, by name in the commune or district), products by producer and "
                    + "name, certifications by product (or producer) with kind and number; blank optional cells keep "
                    + "what the registry holds. Each row goes through the same rules, unit scope and audit as the "
                    + "producer, product and certification endpoints: district officers import into their own district "
                    + "only.\n\n`dryRun=true` writes nothing and answers the report: every error with its row, column, "
                    + "value and message, and what a commit would do with each row (CREATE, UPDATE, SKIP). Without it, "
                    + "a file with any error is refused (422, with the report) and a good file is imported in the "
                    + "background, all rows or none: 202 with the job, whose `Location` the client polls. Importing the "
                    + "same file again creates nothing twice: it updates or skips. OCOP office and district officers.")
    @APIResponse(responseCode = "200", description = "Dry run: the report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "202", description = "The file is being imported: the job, to poll at `Location`",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The job",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "400", description = "No file, not an XLSX workbook (or a corrupt one), or not a "
            + "template of this kind: the problem names the missing headers")
    @APIResponse(responseCode = "422", description = "Commit refused: rows have errors; nothing was imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = ImportRefusal.class)))
    public Response upload(@Parameter(description = KINDS, schema = @Schema(enumeration = {"producers", "products",
            "certifications"})) @PathParam("kind") String kind,
            @BeanParam ImportUploadParams params,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        ImportKind k = ImportKind.of(kind);
        if (params.checkOnly()) {
            return Response.ok(service.dryRun(k, FileHttp.upload(file))).build();
        }
        ImportService.Commit commit = service.commit(k, FileHttp.upload(file));
        if (commit.refused() != null) {
            ImportReport report = commit.refused();
            return Response.status(422).type(Problem.MEDIA_TYPE).entity(new ImportRefusal(ProblemTypes.VALIDATION,
                    "The file has errors", 422, report.errors().size() + " error(s) in " + report.rejected()
                            + " row(s); nothing was imported",
                    uri.getPath(), report)).build();
        }
        return Response.accepted(commit.job()).location(URI.create("/api/v1/imports/jobs/" + commit.job().id()))
                .build();
    }

    @GET
    @Path("/jobs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "getImportJob", summary = "Follow an import",
            description = "Progress (rows processed of total) while RUNNING; the report once SUCCEEDED, or why it "
                    + "FAILED (then nothing was imported). Kept in the database, so any instance answers. The one who "
                    + "started it and the OCOP office.")
    public ImportJobView job(@PathParam("id") long id) {
        return service.job(id);
    }
}
