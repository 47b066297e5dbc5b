package vn.ocop.registry.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.evaluation.SheetDtos.ReopenRequest;
import vn.ocop.registry.evaluation.SheetDtos.ScoreSheetCreateRequest;
import vn.ocop.registry.evaluation.SheetDtos.ScoreSheetUpdateRequest;
import vn.ocop.registry.evaluation.SheetDtos.ScoreSheetView;

@Path("/api/v1/score-sheets")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScoreSheetResource {
    private static final String BASE = "/api/v1/score-sheets";

    @Inject
    ScoreSheetService sheets;
    @Inject
    SheetScoring scoring;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed(Roles.OFFICE_AND_COUNCILS)
    @Operation(operationId = "listScoreSheets",
            summary = "List score sheets", description = "OCOP office: every sheet. Council members: their own, "
                    + "and the other members' sheets of an entry once they have submitted their own or the round is closed "
                    + "(never of an entry they recused from). Not for integrators or district officers.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, total, status, memberUsername, createdAt, updatedAt"))
    public Page<ScoreSheetView> list(@BeanParam ScoreSheetListParams filters, @BeanParam PageParams paging) {
        return sheets.list(filters.parse(), paging.resolve(ScoreSheetService.SORTABLE, "id"));
    }

    @POST
    @RolesAllowed(Roles.COUNCILS)
    @Operation(operationId = "createScoreSheet",
            summary = "Start a score sheet", description = "A member of the round's council for themselves, while "
                    + "the round is SCORING: district council members of the district for a district round, provincial "
                    + "council members for a provincial or central round; not after recusing. One sheet per member and "
                    + "entry (409 for a second). Accepts Idempotency-Key.")
    public RestResponse<ScoreSheetView> create(
            @BeanParam IdempotencyKey key,
            @Valid @NotNull ScoreSheetCreateRequest request) {
        return idempotency.created(key, "POST " + BASE, request, ScoreSheetView.class, () -> scoring.create(request.entryId()),
                view -> BASE + "/" + view.id());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE_AND_COUNCILS)
    @Operation(operationId = "getScoreSheet",
            summary = "Get a score sheet", description = "OCOP office; its member; other members of the council "
                    + "once they submitted their own sheet of the entry or the round is closed (403 otherwise).")
    public RestResponse<ScoreSheetView> get(@PathParam("id") long id) {
        return ETags.ok(sheets.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COUNCILS)
    @Operation(operationId = "updateScoreSheet",
            summary = "Choose options on a score sheet", description = "Its member only (403 for anyone else), "
                    + "while DRAFT and the round is SCORING (409 otherwise); requires If-Match. One option per criterion; an "
                    + "unknown option or one of another criterion is a 400 naming it. The server computes the part totals "
                    + "and the total.")
    public RestResponse<ScoreSheetView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull ScoreSheetUpdateRequest request) {
        return ETags.ok(scoring.update(id, ifMatch.expected(), request));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.COUNCILS)
    @Operation(operationId = "submitScoreSheet",
            summary = "Submit a score sheet", description = "Its member only; DRAFT → SUBMITTED, which locks it. "
                    + "Every criterion must be answered (400 listing the missing ones).")
    public RestResponse<ScoreSheetView> submit(@PathParam("id") long id) {
        return ETags.ok(scoring.submit(id));
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Roles.COUNCILS)
    @Operation(operationId = "reopenScoreSheet",
            summary = "Reopen a submitted score sheet", description = "The chair of the round's council only "
                    + "(403 for other members), while the round is SCORING; SUBMITTED → DRAFT, with the reason kept in the "
                    + "entry's audit trail.")
    public RestResponse<ScoreSheetView> reopen(@PathParam("id") long id, @Valid @NotNull ReopenRequest request) {
        return ETags.ok(scoring.reopen(id, request.reason()));
    }
}
