package vn.ocop.registry.support;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.support.SupportRequestDtos.SupportRequestInput;
import vn.ocop.registry.support.SupportRequestDtos.SupportRequestStepInput;
import vn.ocop.registry.support.SupportRequestDtos.SupportRequestView;
import vn.ocop.registry.support.SupportRequestDtos.SupportSummary;
import vn.ocop.registry.support.SupportWorkflow.Action;

@Path("/api/v1/support-requests")
@Tag(name = "Support requests", description = "Producers' requests for support (infrastructure, packaging design, "
        + "IP registration, training...) and how the OCOP office carries each to an outcome")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportRequestResource {
    private static final String BASE = "/api/v1/support-requests";

    @Inject
    SupportRequestService service;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listSupportRequests",
            summary = "List support requests", description = "Paged, with their timelines. Any staff role and "
                    + "integrators; district officers and district council members see only their own district's producers. "
                    + "`q` matches producer names and descriptions without regard to case or diacritics.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, requestedOn, type, status, producerName, createdAt, updatedAt"))
    public Page<SupportRequestView> list(@BeanParam SupportRequestListParams filters, @BeanParam PageParams paging) {
        return service.list(filters.parse(), paging.resolve(SupportRequestService.SORTABLE, "-requestedOn"));
    }

    @GET
    @Path("/summary")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getSupportRequestSummary",
            summary = "Count support requests", description = "Requests by type and status, and the number of "
                    + "distinct producers that asked, for a year (all years when absent). Any staff role and integrators; "
                    + "district-scoped users get their own district's counts only.")
    public SupportSummary summary(@BeanParam SupportSummaryParams params) {
        return service.summary(params.year(), params.districtCode());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getSupportRequest",
            summary = "Get a support request", description = "With its timeline of steps. Any staff role and "
                    + "integrators; 403 for another district's request to district-scoped users.")
    public RestResponse<SupportRequestView> get(@PathParam("id") long id) {
        return ETags.ok(service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.OFFICIALS)
    @Operation(operationId = "getSupportRequestHistory",
            summary = "Support request history", description = "Who changed what and when: creation, edits "
                    + "and each step with its note. Oldest first unless sort=-at. Staff only (not integrators); "
                    + "district-scoped users for their own district.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = AuditLog.SORT_FIELDS))
    public Page<AuditLog.AuditEntry> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return service.history(id, AuditLog.order(paging));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "createSupportRequest",
            summary = "Record a support request", description = "Starts as REQUESTED. OCOP office for any producer; "
                    + "district officers for their own district's producers only.")
    public RestResponse<SupportRequestView> create(
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull SupportRequestInput request) {
        return idempotency.created(idempotencyKey, "POST " + BASE, request, SupportRequestView.class,
                () -> service.create(request), view -> BASE + "/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "updateSupportRequest",
            summary = "Correct a support request", description = "Only while REQUESTED (409 after); requires "
                    + "If-Match. OCOP office, or district officers for their own district's producers.")
    public RestResponse<SupportRequestView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull SupportRequestInput request) {
        return ETags.ok(service.update(id, ifMatch.expected(), request));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "approveSupportRequest",
            summary = "Approve a support request", description = "REQUESTED → APPROVED. OCOP office only.")
    public RestResponse<SupportRequestView> approve(@PathParam("id") long id,
            @RequestBody(required = false) @Valid SupportRequestStepInput step) {
        return act(id, Action.APPROVE, step);
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "startSupportRequest",
            summary = "Start the support", description = "APPROVED → IN_PROGRESS. OCOP office, or district "
                    + "officers for their own district's producers.")
    public RestResponse<SupportRequestView> start(@PathParam("id") long id,
            @RequestBody(required = false) @Valid SupportRequestStepInput step) {
        return act(id, Action.START, step);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "completeSupportRequest",
            summary = "Complete the support", description = "IN_PROGRESS → DONE. OCOP office, or district "
                    + "officers for their own district's producers.")
    public RestResponse<SupportRequestView> complete(@PathParam("id") long id,
            @RequestBody(required = false) @Valid SupportRequestStepInput step) {
        return act(id, Action.COMPLETE, step);
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "rejectSupportRequest",
            summary = "Reject a support request", description = "REQUESTED or APPROVED → REJECTED; the note "
                    + "(the reason) is required. OCOP office only.")
    public RestResponse<SupportRequestView> reject(@PathParam("id") long id, @Valid SupportRequestStepInput step) {
        return act(id, Action.REJECT, step);
    }

    private RestResponse<SupportRequestView> act(long id, Action action, SupportRequestStepInput step) {
        return ETags.ok(service.act(id, action, step == null ? null : step.note()));
    }

}
