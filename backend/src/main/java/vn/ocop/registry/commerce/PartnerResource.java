package vn.ocop.registry.commerce;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.commerce.PartnerDtos.PartnerRequest;
import vn.ocop.registry.commerce.PartnerDtos.PartnerView;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;

@Path("/api/v1/partners")
@Tag(name = "Partners", description = "The province-wide directory of distributors, supermarket chains, retailers, "
        + "exporters and e-commerce platforms that producers sell through")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {
    @Inject
    PartnerService service;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listPartners",
            summary = "List partners", description = "Paged; the directory is province-wide, so every staff role "
                    + "and integrators see all of it (integrators without contact persons). `q` matches names without regard "
                    + "to case or diacritics.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = "id, name, type, createdAt, updatedAt"))
    public Page<PartnerView> list(@BeanParam PartnerListParams filters, @BeanParam PageParams paging) {
        return service.list(filters.parse(), paging.resolve(PartnerService.SORTABLE, "name"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getPartner",
            summary = "Get a partner", description = "Any staff role and integrators (without contact persons).")
    public RestResponse<PartnerView> get(@PathParam("id") long id) {
        return ETags.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "createPartner",
            summary = "Add a partner", description = "OCOP office and district officers. 409 when the tax code is "
                    + "already in the directory. Accepts Idempotency-Key.")
    public RestResponse<PartnerView> create(
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull PartnerRequest request) {
        return idempotency.created(idempotencyKey, "POST /api/v1/partners", request, PartnerView.class,
                () -> service.create(request), view -> "/api/v1/partners/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "updatePartner",
            summary = "Update a partner", description = "Requires If-Match. The OCOP office, or the district officer "
                    + "who added the partner.")
    public RestResponse<PartnerView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull PartnerRequest request) {
        return ETags.ok(service.update(id, ifMatch.expected(), request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "deletePartner",
            summary = "Delete a partner", description = "Requires If-Match; 409 while contracts refer to it. The OCOP "
                    + "office, or the district officer who added the partner.")
    public void delete(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.expected());
    }
}
