package vn.ocop.registry.product;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.ExportParams;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.product.ProductDtos.ProductRequest;
import vn.ocop.registry.product.ProductDtos.ProductView;

@Path("/api/v1/products")
@Tag(name = "Products", description = "Products entered in the OCOP programme, their photos and history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {
    @Inject
    ProductService service;
    @Inject
    CertifiedProducts certified;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "listProducts",
            summary = "List products", description = "Paged; district officers and district council members see "
                    + "only their own district's products (the producer's district). `q` matches product and producer "
                    + "names without regard to case or diacritics.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, name, yearEntered, status, producerName, districtCode, productSetNumber, createdAt, updatedAt"))
    public Page<ProductView> list(@BeanParam ProductListParams filters, @BeanParam PageParams paging) {
        return service.list(filters.parse(certified), paging.resolve(ProductService.SORTABLE, "name"));
    }

    @GET
    @Path("/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "exportProducts",
            summary = "Export products (XLSX or CSV)", description = "The same filters, order and district scope "
                    + "as the list, every matching row (up to 100,000), with Vietnamese headers and labels. CSV is UTF-8 "
                    + "with BOM.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, name, yearEntered, status, producerName, districtCode, productSetNumber, createdAt, updatedAt"))
    public Response export(@BeanParam ProductListParams filters, @BeanParam ExportParams export) {
        ProductFilter filter = filters.parse(certified);
        return export.download(ProductExport.LAYOUT, ProductService.SORTABLE, "name", page -> service.list(filter, page));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "getProduct",
            summary = "Get a product", description = "403 for another district's product to district-scoped users.")
    public RestResponse<ProductView> get(@PathParam("id") long id) {
        return ETags.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "createProduct",
            summary = "Register a product", description = "OCOP office for any producer; district officers for "
                    + "producers of their own district only. 409 when the producer already has a product of that name. "
                    + "A repeated Idempotency-Key returns the first result instead of a second product.")
    public RestResponse<ProductView> create(
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull ProductRequest request) {
        return idempotency.created(idempotencyKey, "POST /api/v1/products", request, ProductView.class,
                () -> service.create(request), view -> "/api/v1/products/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "updateProduct",
            summary = "Update a product", description = "Requires If-Match with the current ETag; district officers "
                    + "only within their own district (for both the current and a new producer).")
    public RestResponse<ProductView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull ProductRequest request) {
        return ETags.ok(service.update(id, ifMatch.expected(), request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "deleteProduct",
            summary = "Delete a product", description = "Requires If-Match; its photos go with it; 409 while it has "
                    + "certifications. District officers only within their own district.")
    public void delete(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.expected());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.OFFICIALS)
    @Operation(operationId = "getProductHistory",
            summary = "Product history", description = "Who changed what and when: creation, each update with the "
                    + "fields that changed, photos added and removed, the product's certifications recorded, changed and "
                    + "removed. Oldest first unless sort=-at. Staff only (not integrators); district-scoped users for their "
                    + "own district.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = AuditLog.SORT_FIELDS))
    public Page<AuditLog.AuditEntry> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return service.history(id, AuditLog.order(paging));
    }
}
