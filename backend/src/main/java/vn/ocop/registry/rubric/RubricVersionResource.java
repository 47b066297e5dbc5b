package vn.ocop.registry.rubric;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.OptionalIfMatch;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.rubric.RubricDtos.RubricPublishRequest;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetSummary;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetView;
import vn.ocop.registry.rubric.RubricDtos.RubricVersionRequest;
import vn.ocop.registry.rubric.RubricDtos.RubricVersionView;

@Path("/api/v1/rubric-versions")
@Tag(name = "Rubrics", description = "Versioned OCOP criteria (bộ tiêu chí) and score sheets of each legal basis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RubricVersionResource {
    @Inject
    RubricVersionService versions;
    @Inject
    RubricSheetService sheets;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listRubricVersions",
            summary = "List rubric versions", description = "Every signed-in role. Filter by legal basis, status and "
                    + "the date on which a version must be in effect; `q` matches names without regard to diacritics.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, name, legalBasisCode, status, effectiveFrom, createdAt"))
    public Page<RubricVersionView> list(@BeanParam RubricVersionListParams filters, @BeanParam PageParams paging) {
        return versions.list(filters.parse(), paging.resolve(RubricVersionService.SORTABLE, "effectiveFrom"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getRubricVersion",
            summary = "Get a rubric version", description = "Every signed-in role. Part totals, star bands, "
                    + "validity and the version's own findings; the ETag is needed to edit a draft.")
    public RestResponse<RubricVersionView> get(@PathParam("id") long id) {
        return ETags.ok(versions.get(id));
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "createRubricVersion",
            summary = "Create a draft rubric version", description = "OCOP office only. Either give part totals and "
                    + "star bands, or copy another version of the same legal basis (`copyOfVersionId`, sheets included) and "
                    + "override what changes. Accepts an Idempotency-Key.")
    public RestResponse<RubricVersionView> create(
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull RubricVersionRequest request) {
        return idempotency.created(idempotencyKey, "POST /api/v1/rubric-versions", request, RubricVersionView.class,
                () -> versions.create(request), view -> "/api/v1/rubric-versions/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "updateRubricVersion",
            summary = "Edit a draft rubric version", description = "OCOP office only; requires If-Match. Name, "
                    + "dates, part totals and star bands; the legal basis stays. 409 for a published version.")
    public RestResponse<RubricVersionView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull RubricVersionRequest request) {
        return ETags.ok(versions.update(id, ifMatch.expected(), request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "deleteRubricVersion",
            summary = "Delete a draft rubric version", description = "OCOP office only; requires If-Match. "
                    + "409 for a published version: evaluations refer to it for ever.")
    public void delete(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch) {
        versions.delete(id, ifMatch.expected());
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "publishRubricVersion",
            summary = "Publish a draft rubric version", description = "OCOP office only. Validates the version and "
                    + "every sheet, then freezes it. A version with ERROR findings is published only deliberately: the body "
                    + "lists the code of every ERROR finding (`acceptedFindings`) and a `reason`; each finding then shows who "
                    + "accepted it, when and why, and the audit trail records it. 409 listing the findings not accepted; "
                    + "400 for an acceptance without a reason or naming a code the version does not have. An If-Match, "
                    + "when sent, must name the current version.")
    public RestResponse<RubricVersionView> publish(@PathParam("id") long id,
            @BeanParam OptionalIfMatch ifMatch,
            @RequestBody(required = false,
                    description = "Only for a version with ERROR findings") @Valid RubricPublishRequest request) {
        return ETags.ok(versions.publish(id, ifMatch.expected(), request));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "getRubricVersionHistory",
            summary = "History of a rubric version", description = "OCOP office only. Creation, edits, publication "
                    + "and the ERROR findings accepted with it (who, when, which, why).",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = AuditLog.SORT_FIELDS))
    public Page<AuditLog.AuditEntry> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return versions.history(id, AuditLog.order(paging));
    }

    @GET
    @Path("/{id}/sheets")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listRubricVersionSheets",
            summary = "List the score sheets of a rubric version", description = "Every signed-in role. One sheet "
                    + "per product set, with its total of best options and validity; the full sheet is at /rubric-sheets/{id}.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = "id, number, name"))
    public Page<RubricSheetSummary> sheets(@PathParam("id") long id, @BeanParam RubricSheetListParams filters,
            @BeanParam PageParams paging) {
        return sheets.list(id, filters.parse(), paging.resolve(RubricSheetService.SORTABLE, "number"));
    }

    @POST
    @Path("/{id}/sheets")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "createRubricSheet",
            summary = "Upload a score sheet into a draft", description = "OCOP office only. The body has the shape "
                    + "of the official sheet files (sheet, parts → criteria → options, disqualifiedWhen); extra fields are "
                    + "ignored. Inconsistencies become findings; 409 if the version is published or already has a sheet "
                    + "for that product set. Accepts an Idempotency-Key.")
    public RestResponse<RubricSheetView> createSheet(@PathParam("id") long id,
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull RubricSheetDocument document) {
        return idempotency.created(idempotencyKey, "POST /api/v1/rubric-versions/" + id + "/sheets", document,
                RubricSheetView.class, () -> sheets.create(id, document), view -> "/api/v1/rubric-sheets/" + view.id());
    }
}
