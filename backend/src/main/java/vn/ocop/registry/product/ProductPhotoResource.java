package vn.ocop.registry.product;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.files.FileHttp;
import vn.ocop.registry.files.UploadedFile;
import vn.ocop.registry.product.ProductDtos.PhotoView;

@Path("/api/v1/products/{id}/photos")
@Tag(name = "Products")
public class ProductPhotoResource {
    @Inject
    ProductPhotoService service;
    @Inject
    Idempotency idempotency;

    /** What an Idempotency-Key replay must repeat: the same file for the same product. */
    record UploadKey(long productId, String sha256) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listProductPhotos",
            summary = "List a product's photos", description = "Metadata only; `href` fetches each image. "
                    + "Whoever may read the product.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = "id, uploadedAt"))
    public Page<PhotoView> list(@PathParam("id") long id, @BeanParam PageParams paging) {
        return service.list(id, paging.resolve(ProductPhotoService.SORTABLE, "id"));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "addProductPhoto",
            summary = "Add a photo", description = "Multipart field `file`: a JPEG, PNG or WebP image of at most 5 MB, "
                    + "recognised by its content (the file name and declared type are ignored). OCOP office, or district "
                    + "officers for their own district's products. A repeated Idempotency-Key with the same file returns the "
                    + "first result.")
    public RestResponse<PhotoView> add(@PathParam("id") long id,
            @BeanParam IdempotencyKey idempotencyKey,
            @RestForm("file") FileUpload file) {
        UploadedFile photo = service.check(id, FileHttp.upload(file));
        return idempotency.created(idempotencyKey, "POST /api/v1/products/{id}/photos", new UploadKey(id, photo.sha256()),
                PhotoView.class, () -> service.add(id, photo), PhotoView::href, view -> 0);
    }

    @GET
    @Path("/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getProductPhoto",
            summary = "Get a photo", description = "The image bytes with their Content-Type. Whoever may read the product.")
    public Response download(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        return FileHttp.download(service.download(id, photoId));
    }

    @DELETE
    @Path("/{photoId}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "deleteProductPhoto",
            summary = "Remove a photo", description = "Photos never change, so no If-Match is needed. OCOP office, "
                    + "or district officers for their own district's products.")
    public void delete(@PathParam("id") long id, @PathParam("photoId") long photoId) {
        service.delete(id, photoId);
    }
}
