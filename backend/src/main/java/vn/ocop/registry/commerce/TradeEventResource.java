package vn.ocop.registry.commerce;

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

import vn.ocop.registry.commerce.TradeEventDtos.ParticipantView;
import vn.ocop.registry.commerce.TradeEventDtos.TradeEventParticipantRequest;
import vn.ocop.registry.commerce.TradeEventDtos.TradeEventRequest;
import vn.ocop.registry.commerce.TradeEventDtos.TradeEventView;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;

@Path("/api/v1/trade-events")
@Tag(name = "Trade events", description = "Fairs, exhibitions and conferences for trade promotion, and the producers "
        + "and products that took part")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TradeEventResource {
    @Inject
    TradeEventService service;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listTradeEvents",
            summary = "List trade events", description = "Paged, latest first by default. Events are province-wide: "
                    + "every staff role and integrators see them all. `q` (name) and `hostProvince` match without regard to "
                    + "case or diacritics.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, name, kind, hostProvince, startsOn, endsOn, createdAt"))
    public Page<TradeEventView> list(@BeanParam TradeEventListParams filters, @BeanParam PageParams paging) {
        return service.list(filters.parse(), paging.resolve(TradeEventService.SORTABLE, "-startsOn"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getTradeEvent",
            summary = "Get a trade event", description = "Any staff role and integrators.")
    public RestResponse<TradeEventView> get(@PathParam("id") long id) {
        return ETags.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "createTradeEvent",
            summary = "Record a trade event", description = "OCOP office only. Accepts Idempotency-Key.")
    public RestResponse<TradeEventView> create(
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull TradeEventRequest request) {
        return idempotency.created(idempotencyKey, "POST /api/v1/trade-events", request, TradeEventView.class,
                () -> service.create(request), view -> "/api/v1/trade-events/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "updateTradeEvent",
            summary = "Update a trade event", description = "OCOP office only; requires If-Match.")
    public RestResponse<TradeEventView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull TradeEventRequest request) {
        return ETags.ok(service.update(id, ifMatch.expected(), request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "deleteTradeEvent",
            summary = "Delete a trade event", description = "OCOP office only; requires If-Match. Its participations "
                    + "go with it.")
    public void delete(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.expected());
    }

    @GET
    @Path("/{id}/participants")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listTradeEventParticipants",
            summary = "List an event's participants", description = "Paged, with producer and product names. Any "
                    + "staff role and integrators; district officers and district council members see only their own "
                    + "district's producers.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = "id, createdAt"))
    public Page<ParticipantView> participants(@PathParam("id") long id, @BeanParam ParticipantListParams filters,
            @BeanParam PageParams paging) {
        return service.participants(id, filters.parse(), paging.resolve(TradeEventService.PARTICIPANT_SORTABLE, "id"));
    }

    @GET
    @Path("/{id}/participants/{participantId}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getTradeEventParticipant",
            summary = "Get a participation", description = "Any staff role and integrators; 403 to district-scoped "
                    + "users for another district's producer.")
    public RestResponse<ParticipantView> participant(@PathParam("id") long id,
            @PathParam("participantId") long participantId) {
        return ETags.ok(service.participant(id, participantId));
    }

    @POST
    @Path("/{id}/participants")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "addTradeEventParticipant",
            summary = "Add a participant", description = "A producer and the products it shows (each must be the "
                    + "producer's). OCOP office for any producer, district officers for producers of their own district. 409 "
                    + "when the producer already takes part. Accepts Idempotency-Key.")
    public RestResponse<ParticipantView> addParticipant(@PathParam("id") long id,
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull TradeEventParticipantRequest request) {
        String participants = "/api/v1/trade-events/" + id + "/participants";
        return idempotency.created(idempotencyKey, "POST " + participants, request, ParticipantView.class,
                () -> service.addParticipant(id, request), view -> participants + "/" + view.id());
    }

    @DELETE
    @Path("/{id}/participants/{participantId}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "removeTradeEventParticipant",
            summary = "Remove a participant", description = "Requires If-Match. OCOP office, or district officers "
                    + "for producers of their own district.")
    public void removeParticipant(@PathParam("id") long id, @PathParam("participantId") long participantId,
            @BeanParam IfMatch ifMatch) {
        service.removeParticipant(id, participantId, ifMatch.expected());
    }
}
