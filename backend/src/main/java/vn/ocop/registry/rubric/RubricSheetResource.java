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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.rubric.RubricDtos.RubricSheetView;
import vn.ocop.registry.rubric.RubricDtos.ScorePreview;
import vn.ocop.registry.rubric.RubricDtos.ScorePreviewRequest;

@Path("/api/v1/rubric-sheets")
@Tag(name = "Rubrics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RubricSheetResource {
    @Inject
    RubricSheetService service;

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getRubricSheet",
            summary = "Get a score sheet", description = "Every signed-in role. Parts, criteria with their star "
                    + "minimums, options with their ids (what score sheets cite), elimination conditions and findings.")
    public RestResponse<RubricSheetView> get(@PathParam("id") long id) {
        return ETags.ok(service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "getRubricSheetHistory",
            summary = "Score sheet history", description = "OCOP office only, like its rubric version's "
                    + "history. Creation and each replacement of the sheet. Oldest first unless sort=-at.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = AuditLog.SORT_FIELDS))
    public Page<AuditLog.AuditEntry> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return service.history(id, AuditLog.order(paging));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "updateRubricSheet",
            summary = "Replace a draft score sheet", description = "OCOP office only; requires If-Match. The body "
                    + "has the shape of the official sheet files; criteria and options get new ids. 409 when the version "
                    + "is published.")
    public RestResponse<RubricSheetView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull RubricSheetDocument document) {
        return ETags.ok(service.update(id, ifMatch.expected(), document));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "deleteRubricSheet",
            summary = "Delete a draft score sheet", description = "OCOP office only; requires If-Match. 409 when "
                    + "the version is published.")
    public void delete(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.expected());
    }

    @POST
    @Path("/{id}/score-preview")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "previewRubricSheetScore",
            summary = "Preview the score of a filled-in sheet", description = "Every signed-in role; stores nothing. "
                    + "One option per criterion (within one case where a criterion has alternative cases); gives the total, "
                    + "the band's stars, the stars after the star minimums and whether an elimination condition applies.")
    public ScorePreview preview(@PathParam("id") long id, @Valid @NotNull ScorePreviewRequest request) {
        return service.preview(id, request);
    }
}
