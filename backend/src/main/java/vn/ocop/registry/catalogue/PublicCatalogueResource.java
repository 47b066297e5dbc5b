package vn.ocop.registry.catalogue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.catalogue.CatalogueDtos.PublicCertificate;
import vn.ocop.registry.catalogue.CatalogueDtos.PublicProduct;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.QrCodes;
import vn.ocop.registry.recognition.CertificatePageUrl;

@Path("/api/v1/public")
@Tag(name = "Public catalogue", description = "Certified products and certificate lookup for everyone, without login")
public class PublicCatalogueResource {
    @Inject
    CatalogueService service;
    @Inject
    CertificatePageUrl pages;

    @GET
    @Path("/products")
    @PermitAll
    @SecurityRequirements
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "searchCertifiedProducts",
            summary = "Search certified products", description = "Anyone. Each product with the stars and "
                    + "validity of its latest certificate; no personal data.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "productName, stars, validUntil, issuedOn"))
    public Page<PublicProduct> products(@BeanParam CatalogueListParams filters, @BeanParam PageParams paging) {
        return service.products(filters.parse(), paging.resolve(CatalogueService.SORTABLE, "productName"));
    }

    @GET
    @Path("/certificates/{code}")
    @PermitAll
    @SecurityRequirements
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "lookUpCertificate", summary = "Look a certificate up",
            description = "Anyone, e.g. a tourism portal or a shop's app: "
                    + "VALID, EXPIRING, EXPIRED or REVOKED with its dates and decision. People read the same answer on the "
                    + "web app's certificate page (the address in the QR codes); a browser that asks here (labels printed "
                    + "before) is sent there.")
    @APIResponse(responseCode = "200", description = "The certificate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicCertificate.class)))
    @APIResponse(responseCode = "303", description = "A browser (Accept naming text/html before JSON) is sent to "
            + "the certificate's page in the web app",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The page",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    public RestResponse<PublicCertificate> certificate(@Parameter(example = "K7M2Q9XW4T") @PathParam("code") String code,
            @Context HttpHeaders headers) {
        PublicCertificate certificate = service.certificate(code);
        if (CertificatePage.preferredBy(headers.getAcceptableMediaTypes())) {
            return RestResponse.seeOther(URI.create(pageUrl(certificate)));
        }
        return RestResponse.ok(certificate);
    }

    @GET
    @Path("/certificates/{code}/page")
    @PermitAll
    @SecurityRequirements
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getCertificatePage", summary = "Certificate page",
            description = "Anyone. The certificate lookup as a small Vietnamese web "
                    + "page without JavaScript: what labels printed before the web app's page existed open.")
    public String certificatePage(@Parameter(example = "K7M2Q9XW4T") @PathParam("code") String code) {
        return CertificatePage.render(service.certificate(code));
    }

    @GET
    @Path("/certificates/{code}/qr.png")
    @PermitAll
    @SecurityRequirements
    @Produces("image/png")
    @Operation(operationId = "getCertificateQrPng", summary = "QR code of a certificate (PNG)",
            description = "Anyone. Encodes the address of the "
                    + "certificate's page in the web app.")
    public Response qrPng(@PathParam("code") String code, @BeanParam QrCodeParams params) {
        return qrCode(code, "png", url -> QrCodes.png(url, params.scale()));
    }

    @GET
    @Path("/certificates/{code}/qr.svg")
    @PermitAll
    @SecurityRequirements
    @Produces("image/svg+xml")
    @Operation(operationId = "getCertificateQrSvg", summary = "QR code of a certificate (SVG)",
            description = "Anyone. Encodes the address of the "
                    + "certificate's page in the web app; vector, for printing on labels.")
    public Response qrSvg(@PathParam("code") String code) {
        return qrCode(code, "svg", url -> QrCodes.svg(url).getBytes(StandardCharsets.UTF_8));
    }

    private String pageUrl(PublicCertificate certificate) {
        return pages.of(certificate.publicCode());
    }

    /** Only existing certificates get a QR code, so a label never points nowhere. */
    private Response qrCode(String code, String extension, Function<String, byte[]> image) {
        PublicCertificate certificate = service.certificate(code);
        return Response.ok(image.apply(pageUrl(certificate))).header("Content-Disposition",
                "inline; filename=\"ocop-" + certificate.publicCode() + "." + extension + "\"").build();
    }
}
