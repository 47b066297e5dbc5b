package vn.ocop.registry.recognition;

import java.util.Map;

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

import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.files.FileHttp;
import vn.ocop.registry.recognition.RecognitionDtos.OcopCertificateView;
import vn.ocop.registry.recognition.RecognitionDtos.ReminderView;
import vn.ocop.registry.recognition.RecognitionDtos.RevokeRequest;

@Path("/api/v1/ocop-certificates")
@Tag(name = "OCOP certificates", description = "Recognition decisions and the star certificates they issue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OcopCertificateResource {
    @Inject
    RecognitionService service;
    @Inject
    RecognitionDocuments documents;

    @GET
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listOcopCertificates",
            summary = "List OCOP certificates", description = "Status is derived from today's date. District "
                    + "officers and district council members see only their own district's products.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, issuedOn, validUntil, stars, productCode, productName"))
    public Page<OcopCertificateView> list(@BeanParam OcopCertificateListParams filters, @BeanParam PageParams paging) {
        return service.list(filters.parse(), paging.resolve(RecognitionService.SORTABLE, "-issuedOn"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getOcopCertificate",
            summary = "Get an OCOP certificate", description = "403 for another district's product to district-scoped users.")
    public RestResponse<OcopCertificateView> get(@PathParam("id") long id) {
        return ETags.ok(service.get(id));
    }

    @GET
    @Path("/{id}/pdf")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Produces(RecognitionDocuments.PDF)
    @Operation(operationId = "getOcopCertificatePdf",
            summary = "Print an OCOP certificate (PDF)", description = "The certificate in the state's layout (A4 "
                    + "landscape): issuing authority, national heading, product, producer, stars, product code, decision "
                    + "number and date, validity, and the QR code of the public lookup. Whoever may read the certificate; "
                    + "the public verifies a certificate at its lookup page, not from a copy.")
    public Response pdf(@PathParam("id") long id) {
        return FileHttp.download(documents.certificatePdf(id));
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "revokeOcopCertificate",
            summary = "Revoke an OCOP certificate", description = "OCOP office only, with one of the legal "
                    + "reasons (Decision 26/2026 Art. 8) and a note. 409 when already revoked.")
    public RestResponse<OcopCertificateView> revoke(@PathParam("id") long id, @Valid @NotNull RevokeRequest request) {
        return ETags.ok(service.revoke(id, request));
    }

    @GET
    @Path("/reminders")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "listExpiryReminders",
            summary = "Expiry reminders", description = "OCOP office only. Recorded daily for certificates "
                    + "that end within 30 days, so holders are told in time.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = "validUntil, recordedAt"))
    public Page<ReminderView> reminders(@BeanParam PageParams paging) {
        return service
                .reminders(paging.resolve(Map.of("validUntil", "r.validUntil", "recordedAt", "r.recordedAt"), "validUntil"));
    }

    @POST
    @Path("/reminders/run")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "runExpiryReminders",
            summary = "Record expiry reminders now", description = "OCOP office only. What the daily job does; "
                    + "returns how many new reminders were recorded.")
    public Map<String, Integer> runReminders() {
        return Map.of("recorded", service.recordExpiryReminders());
    }
}
