package vn.ocop.registry.procedure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureRequest;
import vn.ocop.registry.procedure.ProcedureDtos.ProcedureView;

@Path("/api/v1/procedures")
@Tag(name = "Procedures",
        description = "The evaluation procedure of each legal basis: levels, scoring, recognition, forwarding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProcedureResource {
    @Inject
    ProcedureService service;

    @GET
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listProcedures",
            summary = "List procedures", description = "Every signed-in role. One procedure per legal basis.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = "id, legalBasisCode, name"))
    public Page<ProcedureView> list(@BeanParam ProcedureListParams filters, @BeanParam PageParams paging) {
        return service.list(filters.parse(), paging.resolve(ProcedureService.SORTABLE, "id"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getProcedure",
            summary = "Get a procedure", description = "Every signed-in role. The ETag is needed to edit it.")
    public RestResponse<ProcedureView> get(@PathParam("id") long id) {
        return ETags.ok(service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.OFFICIALS)
    @Operation(operationId = "getProcedureHistory",
            summary = "Procedure history", description = "Who changed the procedure's levels and when. "
                    + "Oldest first unless sort=-at. Staff only (not integrators).",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = AuditLog.SORT_FIELDS))
    public Page<AuditLog.AuditEntry> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return service.history(id, AuditLog.order(paging));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "updateProcedure",
            summary = "Edit a procedure", description = "OCOP office only; requires If-Match. Replaces the levels; "
                    + "rounds still open or scoring apply the new rules, closed rounds keep their stored results.")
    public RestResponse<ProcedureView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull ProcedureRequest request) {
        return ETags.ok(service.update(id, ifMatch.expected(), request));
    }
}
