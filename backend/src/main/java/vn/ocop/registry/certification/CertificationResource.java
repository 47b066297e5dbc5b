package vn.ocop.registry.certification;

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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.ocop.registry.certification.CertificationDtos.CertificationRequest;
import vn.ocop.registry.certification.CertificationDtos.CertificationView;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.ExportParams;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.files.FileHttp;

@Path("/api/v1/certifications")
@Tag(name = "Certifications", description = "Intellectual property, barcodes, quality and food-safety certifications "
        + "of products and producers, with their evidence files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationResource {
    @Inject
    CertificationService service;
    @Inject
    CertificationEvidenceService evidence;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "listCertifications",
            summary = "List certifications", description = "Paged; district officers and district council members "
                    + "see only their own district's (the holder's district). `status` and `expiringWithinDays` are "
                    + "evaluated against today's date.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, type, number, issuedOn, expiresOn, createdAt, updatedAt"))
    public Page<CertificationView> list(@BeanParam CertificationListParams filters, @BeanParam PageParams paging) {
        return service.list(filters.parse(), paging.resolve(CertificationService.SORTABLE, "-issuedOn"));
    }

    @GET
    @Path("/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "exportCertifications",
            summary = "Export certifications (XLSX or CSV)", description = "The same filters, order and district "
                    + "scope as the list, every matching row (up to 100,000), with Vietnamese headers and labels; the evidence "
                    + "file appears by name only. CSV is UTF-8 with BOM.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, type, number, issuedOn, expiresOn, createdAt, updatedAt"))
    public Response export(@BeanParam CertificationListParams filters, @BeanParam ExportParams export) {
        CertificationFilter filter = filters.parse();
        return export.download(CertificationExport.LAYOUT, CertificationService.SORTABLE, "-issuedOn",
                page -> service.list(filter, page));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "getCertification",
            summary = "Get a certification", description = "403 for another district's certification to "
                    + "district-scoped users.")
    public RestResponse<CertificationView> get(@PathParam("id") long id) {
        return ETags.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "createCertification",
            summary = "Record a certification", description = "Of a product (productId) or, for facility-level "
                    + "ones, of a producer (producerId). A BARCODE must be a valid GTIN, registered once. OCOP office anywhere; "
                    + "district officers for holders in their own district. A repeated Idempotency-Key returns the first result.")
    public RestResponse<CertificationView> create(
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull CertificationRequest request) {
        return idempotency.created(idempotencyKey, "POST /api/v1/certifications", request, CertificationView.class,
                () -> service.create(request), view -> "/api/v1/certifications/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "updateCertification",
            summary = "Update a certification", description = "Requires If-Match; the holder cannot change. OCOP "
                    + "office anywhere; district officers within their own district.")
    public RestResponse<CertificationView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull CertificationRequest request) {
        return ETags.ok(service.update(id, ifMatch.expected(), request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "deleteCertification",
            summary = "Delete a certification", description = "Requires If-Match; its evidence file goes with it. "
                    + "OCOP office anywhere; district officers within their own district.")
    public void delete(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.expected());
    }

    @PUT
    @Path("/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "uploadCertificationEvidence",
            summary = "Upload the evidence file", description = "Multipart field `file`: the certificate scan as PDF, "
                    + "JPEG or PNG of at most 5 MB, recognised by its content (the file name and declared type are ignored). "
                    + "Replaces an earlier upload. Requires If-Match with the certification's ETag; returns the certification "
                    + "with its new ETag. OCOP office anywhere; district officers within their own district.")
    public RestResponse<CertificationView> putEvidence(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @RestForm("file") FileUpload file) {
        return ETags.ok(evidence.put(id, ifMatch.expected(), FileHttp.upload(file)));
    }

    @GET
    @Path("/{id}/evidence")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    @RolesAllowed(Roles.OFFICIALS)
    @Operation(operationId = "getCertificationEvidence",
            summary = "Get the evidence file", description = "The certificate scan with its Content-Type; 404 before "
                    + "one is uploaded. Staff only: scans may show personal data, so integrators get the metadata alone. "
                    + "District-scoped users within their own district.")
    public Response evidence(@PathParam("id") long id) {
        return FileHttp.download(evidence.get(id));
    }
}
