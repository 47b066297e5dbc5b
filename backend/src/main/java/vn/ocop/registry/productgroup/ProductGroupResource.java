package vn.ocop.registry.productgroup;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.productgroup.ProductGroupDtos.LegalBasisView;
import vn.ocop.registry.productgroup.ProductGroupDtos.ProductGroupView;
import vn.ocop.registry.productgroup.ProductGroupDtos.ProductSetSuccessionView;
import vn.ocop.registry.productgroup.ProductGroupDtos.ProductSetView;

/** Public reference data: anyone may read how OCOP products are classified (the public catalogue needs it too). */
@Path("/api/v1")
@Tag(name = "Product groups", description = "Legal bases, product groups and product sets: versioned reference data")
@Produces(MediaType.APPLICATION_JSON)
public class ProductGroupResource {
    @Inject
    ProductGroupService service;
    @Inject
    ProductSetEquivalence equivalence;

    @GET
    @Path("/legal-bases")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "listLegalBases",
            summary = "List legal bases", description = "The decisions that define OCOP criteria (1048/2019, 148/2023, "
                    + "148 as amended by 1489/2025, 26/2026) with the period in which each is in force, oldest first "
                    + "by default. Public reference data.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "code, signedOn, effectiveFrom, inForceFrom"))
    public Page<LegalBasisView> legalBases(@BeanParam PageParams paging) {
        return service.legalBases(paging.resolve(ProductGroupService.LEGAL_BASIS_SORTABLE, "inForceFrom"));
    }

    @GET
    @Path("/legal-bases/in-force")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getLegalBasisInForce",
            summary = "The legal basis in force on a date", description = "The basis a round opened or a paper decision "
                    + "made on that day follows (the province's calendar; today when `on` is absent): 1048 from "
                    + "2019-08-21, 148 from 2023-02-24, 148 as amended by 1489 from 2025-07-06, 26/2026 from "
                    + "2026-07-21. Public reference data.")
    @APIResponse(responseCode = "200", description = "The legal basis in force on that day")
    @APIResponse(responseCode = "404", description = "No legal basis was in force on that day (before 2019-08-21)")
    public LegalBasisView inForce(@BeanParam LegalBasisInForceParams params) {
        return service.inForce(params.on());
    }

    @GET
    @Path("/product-groups")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "listProductGroups",
            summary = "List product groups", description = "The groups of every legal basis, or of one. "
                    + "Public reference data.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, code, name, position, legalBasisCode"))
    public Page<ProductGroupView> groups(@BeanParam ProductGroupListParams filters, @BeanParam PageParams paging) {
        return service.groups(filters.parse(), paging.resolve(ProductGroupService.GROUP_SORTABLE, "legalBasisCode,position"));
    }

    @GET
    @Path("/product-sets")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "listProductSets",
            summary = "List product sets", description = "The 26 product sets of each legal basis, each with its own "
                    + "score sheet; filter by legal basis and group. Public reference data.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, number, name, legalBasisCode, groupCode"))
    public Page<ProductSetView> sets(@BeanParam ProductSetListParams filters, @BeanParam PageParams paging) {
        return service.sets(filters.parse(), paging.resolve(ProductGroupService.SET_SORTABLE, "legalBasisCode,number"));
    }

    @GET
    @Path("/product-set-successions")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "listProductSetSuccessions",
            summary = "List product-set successions", description = "Which set of the next decision each product set "
                    + "became (1048 → 148 → 26/2026): a product re-rated under a later decision is entered in that set "
                    + "and scored on its sheet. Public reference data.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "fromNumber, toNumber, fromLegalBasisCode, toLegalBasisCode"))
    public Page<ProductSetSuccessionView> successions(@BeanParam ProductSetSuccessionListParams filters,
            @BeanParam PageParams paging) {
        return equivalence.list(filters.parse(), paging.resolve(ProductSetEquivalence.SORTABLE,
                "fromLegalBasisCode,fromNumber"));
    }

    @GET
    @Path("/product-sets/{id}/equivalents/{legalBasisCode}")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "getEquivalentProductSet",
            summary = "The equivalent product set under another legal basis", description = "The set a product of this "
                    + "set belongs to under the given decision (e.g. 1048 set 13, herbal teas → 26/2026 set 12); 404 when "
                    + "there is none (1048 set 21) or, going back, no single one. Public reference data.")
    public ProductSetView equivalent(@PathParam("id") @Parameter(description = "Product set id", example = "13") long id,
            @PathParam("legalBasisCode") @Parameter(description = "Legal basis code",
                    example = "DECISION_26_2026") String legalBasisCode) {
        return equivalence.equivalent(id, legalBasisCode);
    }
}
