package vn.ocop.registry.evaluation;

import java.net.URI;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.evaluation.EntryDtos.DossierCheckRequest;
import vn.ocop.registry.evaluation.EntryDtos.EliminationRequest;
import vn.ocop.registry.evaluation.EntryDtos.EntryView;
import vn.ocop.registry.evaluation.EntryDtos.Recusal;
import vn.ocop.registry.evaluation.EntryDtos.RecusalRequest;
import vn.ocop.registry.evaluation.RoundDtos.ResultView;

@Path("/api/v1/evaluation-entries")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationEntryResource {
    @Inject
    EntryService entries;
    @Inject
    EntryFindings findings;
    @Inject
    ResultService results;

    @GET
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "listEvaluationEntries",
            summary = "List evaluation entries", description = "Entries of a round or of a product across rounds. "
                    + "Every staff role and integrators; district-scoped users see their own district's rounds only, a "
                    + "commune officer the commune rounds of its commune (the dossiers it checks), and a "
                    + "council member does not see entries they recused from.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, productName, producerName, createdAt"))
    public Page<EntryView> list(@BeanParam EntryListParams filters, @BeanParam PageParams paging) {
        return entries.list(filters.parse(), paging.resolve(EntryService.SORTABLE, "-createdAt"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "getEvaluationEntry",
            summary = "Get an evaluation entry", description = "With the dossier snapshot taken at entry. Readers "
                    + "of its round (a commune officer: the commune rounds of its commune); 403 to a member who recused "
                    + "from it and to district-scoped users of another district.")
    public RestResponse<EntryView> get(@PathParam("id") long id) {
        return ETags.ok(entries.get(id));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "withdrawEvaluationEntry",
            summary = "Withdraw an entry", description = "While the round is OPEN; requires If-Match. OCOP office, "
                    + "or the district officer of a district round's district.")
    public void delete(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch) {
        entries.delete(id, ifMatch.expected());
    }

    @PUT
    @Path("/{id}/eliminations")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "recordEliminationFindings",
            summary = "Record elimination findings", description = "OCOP office only, before the round closes; "
                    + "requires If-Match. The conditions of the entry's sheet the product meets (1048: forged dossier, no "
                    + "food-safety certificate, no lab test...): an eliminated product is not ranked.")
    public RestResponse<EntryView> eliminations(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull EliminationRequest request) {
        return ETags.ok(findings.eliminations(id, ifMatch.expected(), request));
    }

    @POST
    @Path("/{id}/dossier-check")
    @RolesAllowed(Roles.DOSSIER_CHECKERS)
    @Operation(operationId = "recordDossierCheck",
            summary = "Record the dossier check", description = "The OCOP office, or a commune officer for a product "
                    + "whose producer lies in its commune today; for entries of a level that "
                    + "does not score (the 26/2026 commune), before the round closes. PASSED with the local-origin "
                    + "ratings (every item once), or FAILED with a note; PASSED entries are forwarded at close.")
    public RestResponse<EntryView> dossierCheck(@PathParam("id") long id, @Valid @NotNull DossierCheckRequest request) {
        return ETags.ok(findings.dossierCheck(id, request));
    }

    @POST
    @Path("/{id}/recusals")
    @RolesAllowed(Roles.COUNCILS)
    @Operation(operationId = "recuseFromEvaluationEntry",
            summary = "Recuse from an entry", description = "A member of the round's council, for a conflict of "
                    + "interest, before the round closes. From then on the member no longer sees the entry or its sheets "
                    + "(403) and their sheet, if any, does not count.")
    @APIResponse(responseCode = "201", description = "The recusal is recorded; Location is the entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Recusal.class)))
    public RestResponse<Recusal> recuse(@PathParam("id") long id, @Valid @NotNull RecusalRequest request) {
        Recusal view = entries.recuse(id, request);
        return RestResponse.ResponseBuilder.<Recusal>created(URI.create("/api/v1/evaluation-entries/" + id))
                .entity(view).build();
    }

    @GET
    @Path("/{id}/result")
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "getEvaluationEntryResult",
            summary = "Get an entry's result", description = "Readers of the entry; 409 before its round closes.")
    @APIResponse(responseCode = "200", description = "The entry's result")
    @APIResponse(responseCode = "409", description = "The entry's round is not closed yet")
    public ResultView result(@PathParam("id") long id) {
        return results.get(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.OFFICE_AND_COUNCILS)
    @Operation(operationId = "getEvaluationEntryHistory",
            summary = "Evaluation entry history", description = "Every score change, submission, reopening (with "
                    + "its reason), recusal, dossier check, result and decision, with who and when. OCOP office, and members "
                    + "of the round's council who did not recuse; other members' score details stay hidden until the caller "
                    + "has submitted their own sheet or the round is closed.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = AuditLog.SORT_FIELDS))
    public Page<AuditLog.AuditEntry> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return entries.history(id, AuditLog.order(paging));
    }
}
