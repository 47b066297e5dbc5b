package vn.ocop.registry.adminunit;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.adminunit.AdminUnitDtos.AdminUnitNode;
import vn.ocop.registry.adminunit.AdminUnitDtos.AdminUnitRequest;
import vn.ocop.registry.adminunit.AdminUnitDtos.AdminUnitSuccessionView;
import vn.ocop.registry.adminunit.AdminUnitDtos.AdminUnitView;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;

@Path("/api/v1/admin-units")
@Tag(name = "Admin units", description = "Provinces, districts and communes: versioned reference data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminUnitResource {
    @Inject
    AdminUnitService service;
    @Inject
    Idempotency idempotency;

    @GET
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "listAdminUnits",
            summary = "List admin units", description = "Flat, paged. Public reference data. "
                    + "The units valid on a date (asOf, today by default; allVersions=true for every version), "
                    + "filtered by parent and type.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = "code, name, type, validFrom"))
    public Page<AdminUnitView> list(@BeanParam AdminUnitListParams filters, @BeanParam PageParams paging) {
        return service.list(filters.parse(service.today()), paging.resolve(AdminUnitService.SORTABLE, "code"));
    }

    @GET
    @Path("/tree")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getAdminUnitTree",
            summary = "Admin unit tree", description = "A unit and its descendants, nested. Public reference data.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdminUnitNode.class)))
    @APIResponse(responseCode = "404", description = "No admin unit has the code that root names")
    public AdminUnitNode tree(@BeanParam AdminUnitTreeParams params) {
        return service.tree(params.root(), params.date());
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getAdminUnit",
            summary = "Get an admin unit", description = "One version of a code: as of asOf, else today's, else "
                    + "the latest. Public reference data. The ETag is needed to update it.")
    public RestResponse<AdminUnitView> get(@PathParam("code") String code, @BeanParam AdminUnitVersionParams version) {
        return ETags.ok(service.get(code, version.asOf()));
    }

    @GET
    @Path("/{code}/successors")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "listAdminUnitSuccessors", summary = "What a unit became",
            description = "The unit versions the version of the code (as of asOf; else today's, else the latest) went "
                    + "into, whole or in part, with the date of the change. Public reference data.")
    public List<AdminUnitSuccessionView> successors(@PathParam("code") String code,
            @BeanParam AdminUnitVersionParams version) {
        return service.successors(code, version.asOf());
    }

    @GET
    @Path("/{code}/predecessors")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "listAdminUnitPredecessors", summary = "What a unit was formed from",
            description = "The unit versions that went, whole or in part, into the version of the code (as of asOf; "
                    + "else today's, else the latest). Public reference data.")
    public List<AdminUnitSuccessionView> predecessors(@PathParam("code") String code,
            @BeanParam AdminUnitVersionParams version) {
        return service.predecessors(code, version.asOf());
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "createAdminUnit", summary = "Create an admin unit", description = "OCOP office only.")
    public RestResponse<AdminUnitView> create(
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull AdminUnitRequest request) {
        return idempotency.created(idempotencyKey, "POST /api/v1/admin-units", request, AdminUnitView.class,
                () -> service.create(request), view -> "/api/v1/admin-units/" + view.code() + "?asOf=" + view.validFrom());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "updateAdminUnit",
            summary = "Update an admin unit", description = "OCOP office only: the version of the code valid today, "
                    + "else its latest. Requires If-Match with the current ETag.")
    public RestResponse<AdminUnitView> update(@PathParam("code") String code,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull AdminUnitRequest request) {
        return ETags.ok(service.update(code, null, ifMatch.expected(), request));
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "deleteAdminUnit",
            summary = "Delete an admin unit", description = "OCOP office only (today's version, else the latest); "
                    + "refused (409) while anything refers "
                    + "to it — end its validity instead. Requires If-Match.")
    public void delete(@PathParam("code") String code,
            @BeanParam IfMatch ifMatch) {
        service.delete(code, null, ifMatch.expected());
    }
}
