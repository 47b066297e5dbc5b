package vn.ocop.registry.recognition;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.ExportFormat;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.common.TableExport;
import vn.ocop.registry.files.FileHttp;
import vn.ocop.registry.recognition.RecognitionDtos.DecisionView;
import vn.ocop.registry.recognition.RecognitionDtos.RecognitionDecisionRequest;

@Path("/api/v1/recognition-decisions")
@Tag(name = "OCOP certificates", description = "Recognition decisions and the star certificates they issue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecognitionDecisionResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RecognitionService service;
    @Inject
    Idempotency idempotency;
    @Inject
    RecognitionDocuments documents;

    @GET
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listRecognitionDecisions",
            summary = "List recognition decisions",
            description = "Public administrative acts: every staff role and integrators.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = "id, decidedOn, number"))
    public Page<DecisionView> list(@BeanParam DecisionListParams filters, @BeanParam PageParams paging) {
        return service.decisions(filters.parse(), paging.resolve(RecognitionService.DECISION_SORTABLE, "-decidedOn"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getRecognitionDecision",
            summary = "Get a recognition decision", description = "Every staff role and integrators.")
    public RestResponse<DecisionView> get(@PathParam("id") long id) {
        return ETags.ok(service.decision(id));
    }

    @GET
    @Path("/{id}/products/pdf")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Produces(RecognitionDocuments.PDF)
    @Operation(operationId = "getRecognitionDecisionProductsPdf",
            summary = "Products of a recognition decision (PDF)", description = "The list annexed to the decision: "
                    + "number, product, producer, unit, stars and product code of every product it recognised. Every "
                    + "staff role and integrators, as for the decision.")
    public Response productsPdf(@PathParam("id") long id) {
        return FileHttp.download(documents.decisionProductsPdf(id));
    }

    @GET
    @Path("/{id}/products/xlsx")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Produces(XLSX)
    @Operation(operationId = "getRecognitionDecisionProductsXlsx",
            summary = "Products of a recognition decision (XLSX)", description = "The same list as the PDF, as a "
                    + "spreadsheet with Vietnamese headers. Every staff role and integrators.")
    public Response productsXlsx(@PathParam("id") long id) {
        return TableExport.download(ExportFormat.XLSX, DecisionProducts.fileName(id), DecisionProducts.SHEET,
                DecisionProducts.COLUMNS, documents.decisionProducts(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.OFFICIALS)
    @Operation(operationId = "getRecognitionDecisionHistory",
            summary = "Recognition decision history", description = "Who recorded the decision and when. Oldest "
                    + "first unless sort=-at. Staff only (not integrators).",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = AuditLog.SORT_FIELDS))
    public Page<AuditLog.AuditEntry> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return service.decisionHistory(id, AuditLog.order(paging));
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "createRecognitionDecision",
            summary = "Record a recognition decision from paper", description = "OCOP office only. Issues a "
                    + "certificate (valid 36 months from the decision date, with its official product code and a public "
                    + "lookup code) to each recognised product. 400 for a decision beyond its level's powers under the "
                    + "procedure of its legal basis: dated before the basis took effect, a level that recognises no stars "
                    + "(1048: the district), stars outside the level's range (5★ is central), or a unit not of that level. "
                    + "Decisions on an evaluation round's results are recorded on the round. Accepts Idempotency-Key.")
    public RestResponse<DecisionView> create(
            @BeanParam IdempotencyKey key,
            @Valid @NotNull RecognitionDecisionRequest request) {
        return idempotency.created(key, "POST /api/v1/recognition-decisions", request, DecisionView.class,
                () -> service.recordDecision(request, null), view -> "/api/v1/recognition-decisions/" + view.id());
    }
}
