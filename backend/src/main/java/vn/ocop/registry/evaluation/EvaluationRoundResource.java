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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.evaluation.EntryDtos.EntryView;
import vn.ocop.registry.evaluation.EntryDtos.EvaluationEntryRequest;
import vn.ocop.registry.evaluation.RoundDtos.CloseRoundRequest;
import vn.ocop.registry.evaluation.RoundDtos.Council;
import vn.ocop.registry.evaluation.RoundDtos.CouncilRequest;
import vn.ocop.registry.evaluation.RoundDtos.EvaluationRoundRequest;
import vn.ocop.registry.evaluation.RoundDtos.ResultView;
import vn.ocop.registry.evaluation.RoundDtos.RoundDecisionRequest;
import vn.ocop.registry.evaluation.RoundDtos.RoundView;
import vn.ocop.registry.recognition.RecognitionDtos.DecisionView;

@Path("/api/v1/evaluation-rounds")
@Tag(name = "Evaluations", description = "Evaluation rounds, their councils, entered products, score sheets, "
        + "results and the recognition decision that issues star certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationRoundResource {
    private static final String BASE = "/api/v1/evaluation-rounds";

    @Inject
    RoundService rounds;
    @Inject
    RoundCouncil councils;
    @Inject
    RoundLifecycle lifecycle;
    @Inject
    EntryService entries;
    @Inject
    ResultService results;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listEvaluationRounds",
            summary = "List evaluation rounds", description = "Every staff role and integrators; district officers "
                    + "and district council members see only their own district's rounds. `q` matches the name without regard "
                    + "to case or diacritics.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, name, year, level, status, opensOn, closesOn, createdAt"))
    public Page<RoundView> list(@BeanParam RoundListParams filters, @BeanParam PageParams paging) {
        return rounds.list(filters.parse(), paging.resolve(RoundService.SORTABLE, "-year,name"));
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "createEvaluationRound",
            summary = "Open an evaluation round", description = "OCOP office only. The level must be one of the "
                    + "procedure of the legal basis, held in a unit of the matching type (commune, district, or the province "
                    + "for provincial and central rounds), on a PUBLISHED rubric version of that basis. Starts OPEN with a "
                    + "quorum of 75% and a spread limit of 10 points. Accepts Idempotency-Key.")
    public RestResponse<RoundView> create(
            @BeanParam IdempotencyKey key,
            @Valid @NotNull EvaluationRoundRequest request) {
        return idempotency.created(key, "POST " + BASE, request, RoundView.class, () -> rounds.create(request),
                view -> BASE + "/" + view.id());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getEvaluationRound",
            summary = "Get an evaluation round", description = "Every staff role and integrators; 403 for another "
                    + "district's round (or a provincial round) to district-scoped users. The ETag is needed to edit the "
                    + "round or its council.")
    public RestResponse<RoundView> get(@PathParam("id") long id) {
        return ETags.ok(rounds.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "updateEvaluationRound",
            summary = "Edit an evaluation round", description = "OCOP office only, while OPEN (409 after); "
                    + "requires If-Match. Level, unit, legal basis and rubric version no longer change once products are "
                    + "entered.")
    public RestResponse<RoundView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull EvaluationRoundRequest request) {
        return ETags.ok(rounds.update(id, ifMatch.expected(), request));
    }

    @GET
    @Path("/{id}/council")
    @RolesAllowed(Roles.OFFICIALS)
    @Operation(operationId = "getRoundCouncil",
            summary = "Get the council of a round", description = "Staff roles that may read the round (not "
                    + "integrators): members, chair, quorum and spread limit.")
    public RestResponse<Council> council(@PathParam("id") long id) {
        return ETags.ok(councils.get(id));
    }

    @PUT
    @Path("/{id}/council")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "setRoundCouncil",
            summary = "Set the council of a round", description = "OCOP office only, while OPEN; requires "
                    + "If-Match with the round's ETag. Replaces every member; exactly one chairs. Members are Keycloak "
                    + "usernames: district council users of the district for a district round, provincial council users "
                    + "otherwise.")
    public RestResponse<Council> setCouncil(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull CouncilRequest request) {
        return ETags.ok(councils.set(id, ifMatch.expected(), request));
    }

    @POST
    @Path("/{id}/start-scoring")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "startRoundScoring",
            summary = "Start scoring", description = "OCOP office only. OPEN → SCORING (409 otherwise); a level "
                    + "that scores needs its council set first.")
    public RestResponse<RoundView> startScoring(@PathParam("id") long id) {
        return ETags.ok(lifecycle.startScoring(id));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "closeEvaluationRound",
            summary = "Close a round and compute its results", description = "OCOP office only. SCORING → CLOSED "
                    + "(409 otherwise). Stores every entry's result: mean of the submitted sheets of members who did not "
                    + "recuse, quorum, spread flag, star band, star minimums, elimination and the procedure's outcome "
                    + "(RECOGNISED, FORWARDED, NOT_RECOGNISED, or NO_QUORUM). At a commune level, PASSED dossiers are "
                    + "FORWARDED. Forwarded entries are entered, with the same dossier snapshot, in `forwardToRoundId`.")
    public RestResponse<RoundView> close(@PathParam("id") long id,
            @RequestBody(required = false) @Valid CloseRoundRequest request) {
        return ETags.ok(lifecycle.close(id, request == null ? null : request.forwardToRoundId()));
    }

    @POST
    @Path("/{id}/finalize")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "finalizeEvaluationRound",
            summary = "Finalize a round", description = "OCOP office only. CLOSED → FINALIZED (409 otherwise); "
                    + "the recognition decision can then be recorded.")
    public RestResponse<RoundView> finalizeRound(@PathParam("id") long id) {
        return ETags.ok(lifecycle.finalizeRound(id));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "recordRecognitionDecision",
            summary = "Record the recognition decision of a round", description = "OCOP office only; the round "
                    + "must be FINALIZED and not yet decided (409). Every RECOGNISED entry gets a certificate at its stars, "
                    + "valid 36 months from the decision date; the decision's level and unit are the round's, and it is held "
                    + "to the same powers as a paper decision (400, e.g. dated before its legal basis took effect). Accepts "
                    + "Idempotency-Key.")
    public RestResponse<DecisionView> decide(@PathParam("id") long id,
            @BeanParam IdempotencyKey key,
            @Valid @NotNull RoundDecisionRequest request) {
        return idempotency.created(key, "POST " + BASE + "/" + id + "/decision", request, DecisionView.class,
                () -> lifecycle.decide(id, request), view -> "/api/v1/recognition-decisions/" + view.id());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.OFFICE_AND_COUNCILS)
    @Operation(operationId = "getEvaluationRoundHistory",
            summary = "Evaluation round history", description = "Creation, edits, council changes, start of "
                    + "scoring, close (with the outcome counts), finalization and decision, with who and when. OCOP office, "
                    + "and members of the round's council.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = AuditLog.SORT_FIELDS))
    public Page<AuditLog.AuditEntry> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return rounds.history(id, AuditLog.order(paging));
    }

    @GET
    @Path("/{id}/results")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listRoundResults",
            summary = "List the results of a closed round", description = "Readers of the round, integrators "
                    + "included; 409 before the round is closed. Best mean first by default.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = "entryId, mean, stars, outcome"))
    @APIResponse(responseCode = "200", description = "A page of the round's results")
    @APIResponse(responseCode = "409", description = "The round is not closed yet")
    public Page<ResultView> results(@PathParam("id") long id, @BeanParam ResultListParams filters,
            @BeanParam PageParams paging) {
        return results.list(id, filters.parse(), paging.resolve(ResultService.SORTABLE, "-mean"));
    }

    @GET
    @Path("/{id}/entries")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listRoundEntries",
            summary = "List the entries of a round", description = "Readers of the round, integrators included; "
                    + "a council member does not see entries they recused from. `q` matches product and producer names.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, productName, producerName, createdAt"))
    public Page<EntryView> entries(@PathParam("id") long id, @BeanParam RoundEntryListParams filters,
            @BeanParam PageParams paging) {
        return entries.list(filters.parse(id), paging.resolve(EntryService.SORTABLE, "productName"));
    }

    @POST
    @Path("/{id}/entries")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "enterProductInRound",
            summary = "Enter a product in a round", description = "OCOP office; for a district round also the "
                    + "district officer of that district. Only while the round is OPEN, for a product whose producer lies "
                    + "in the round's unit. Takes a snapshot of the product's dossier. Accepts Idempotency-Key.")
    public RestResponse<EntryView> enter(@PathParam("id") long id,
            @BeanParam IdempotencyKey key,
            @Valid @NotNull EvaluationEntryRequest request) {
        return idempotency.created(key, "POST " + BASE + "/" + id + "/entries", request, EntryView.class,
                () -> entries.create(id, request), view -> "/api/v1/evaluation-entries/" + view.id());
    }
}
