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

import vn.ocop.registry.commerce.PointOfSaleDtos.PointOfSaleRequest;
import vn.ocop.registry.commerce.PointOfSaleDtos.PointOfSaleView;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;

@Path("/api/v1/points-of-sale")
@Tag(name = "Points of sale", description = "OCOP shops, counters and online stores (điểm bán, cửa hàng OCOP) and the "
        + "products they offer")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PointOfSaleResource {
    @Inject
    PointOfSaleService service;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listPointsOfSale",
            summary = "List points of sale", description = "Paged; district officers and district council members see "
                    + "only their own district's. `q` matches names without regard to case or diacritics.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, name, kind, adminUnitCode, createdAt, updatedAt"))
    public Page<PointOfSaleView> list(@BeanParam PointOfSaleListParams filters, @BeanParam PageParams paging) {
        return service.list(filters.parse(), paging.resolve(PointOfSaleService.SORTABLE, "name"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getPointOfSale",
            summary = "Get a point of sale", description = "Any staff role and integrators; 403 to district-scoped "
                    + "users for another district's.")
    public RestResponse<PointOfSaleView> get(@PathParam("id") long id) {
        return ETags.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "createPointOfSale",
            summary = "Register a point of sale", description = "OCOP office anywhere; district officers in their own "
                    + "district only. Products of any district may be offered. Accepts Idempotency-Key.")
    public RestResponse<PointOfSaleView> create(
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull PointOfSaleRequest request) {
        return idempotency.created(idempotencyKey, "POST /api/v1/points-of-sale", request, PointOfSaleView.class,
                () -> service.create(request), view -> "/api/v1/points-of-sale/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "updatePointOfSale",
            summary = "Update a point of sale", description = "Requires If-Match; the product list is replaced. OCOP "
                    + "office, or district officers within their own district.")
    public RestResponse<PointOfSaleView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull PointOfSaleRequest request) {
        return ETags.ok(service.update(id, ifMatch.expected(), request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "deletePointOfSale",
            summary = "Delete a point of sale", description = "Requires If-Match. OCOP office, or district officers "
                    + "within their own district.")
    public void delete(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.expected());
    }
}
