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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.commerce.SalesContractDtos.SalesContractRequest;
import vn.ocop.registry.commerce.SalesContractDtos.SalesContractTransition;
import vn.ocop.registry.commerce.SalesContractDtos.SalesContractView;
import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.ExpectedVersion;
import vn.ocop.registry.common.ExportParams;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.OptionalIfMatch;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;

@Path("/api/v1/sales-contracts")
@Tag(name = "Sales contracts", description = "Contracts of producers with distributors, supermarket chains, retailers "
        + "and exporters; DRAFT → ACTIVE → COMPLETED, or TERMINATED")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SalesContractResource {
    private static final String TRANSITION_ACCESS = " OCOP office for any contract, district officers for contracts "
            + "of their own district's producers. Sending If-Match is optional here (412 when stale). The note goes to "
            + "the contract's history. 409 when the current status does not allow the step.";

    @Inject
    SalesContractService service;
    @Inject
    Idempotency idempotency;

    @GET
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "listSalesContracts",
            summary = "List sales contracts", description = "Paged, newest signature first by default. Any staff role "
                    + "and integrators; district officers and district council members see only contracts of their own "
                    + "district's producers, an integrator client bound to a partner (token claim `partner`) only that "
                    + "partner's.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, number, signedOn, startsOn, endsOn, totalValueVnd, status, createdAt, updatedAt"))
    public Page<SalesContractView> list(@BeanParam SalesContractListParams filters, @BeanParam PageParams paging) {
        return service.list(filters.parse(), paging.resolve(SalesContractService.SORTABLE, "-signedOn"));
    }

    @GET
    @Path("/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "exportSalesContracts",
            summary = "Export sales contracts (XLSX or CSV)", description = "The same filters, order and district "
                    + "scope as the list, every matching contract (up to 100,000) on one row: partner, producer, the products' "
                    + "names, dates, total value in đồng and status in Vietnamese. CSV is UTF-8 with BOM.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, number, signedOn, startsOn, endsOn, totalValueVnd, status, createdAt, updatedAt"))
    public Response export(@BeanParam SalesContractListParams filters, @BeanParam ExportParams export) {
        SalesContractFilter filter = filters.parse();
        return export.download(SalesContractExport.LAYOUT, SalesContractService.SORTABLE, "-signedOn",
                page -> service.list(filter, page));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getSalesContract",
            summary = "Get a sales contract", description = "Any staff role and integrators; 403 to district-scoped "
                    + "users for another district's contract; 404 to an integrator client bound to a partner for another "
                    + "partner's contract, as for a missing one.")
    public RestResponse<SalesContractView> get(@PathParam("id") long id) {
        return ETags.ok(service.get(id));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.EVERY_ROLE)
    @Operation(operationId = "getSalesContractHistory",
            summary = "History of a sales contract", description = "Who created, edited, activated, completed or "
                    + "terminated it, when, and with which note. Same access as reading the contract.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = AuditLog.SORT_FIELDS))
    public Page<AuditLog.AuditEntry> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return service.history(id, AuditLog.order(paging));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "createSalesContract",
            summary = "Record a sales contract", description = "Starts as DRAFT. OCOP office for any producer, "
                    + "district officers for producers of their own district. Every product must belong to the producer; "
                    + "totalValueVnd is computed when every line has a price. Accepts Idempotency-Key.")
    public RestResponse<SalesContractView> create(
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull SalesContractRequest request) {
        return idempotency.created(idempotencyKey, "POST /api/v1/sales-contracts", request, SalesContractView.class,
                () -> service.create(request), view -> "/api/v1/sales-contracts/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "updateSalesContract",
            summary = "Edit a draft sales contract", description = "Requires If-Match; only while DRAFT (409 "
                    + "otherwise). OCOP office, or district officers within their own district.")
    public RestResponse<SalesContractView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull SalesContractRequest request) {
        return ETags.ok(service.update(id, ifMatch.expected(), request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "deleteSalesContract",
            summary = "Delete a draft sales contract", description = "Requires If-Match; only while DRAFT (409 "
                    + "otherwise: terminate it instead). OCOP office, or district officers within their own district.")
    public void delete(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.expected());
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "activateSalesContract",
            summary = "Activate a sales contract", description = "DRAFT → ACTIVE." + TRANSITION_ACCESS)
    public RestResponse<SalesContractView> activate(@PathParam("id") long id,
            @BeanParam OptionalIfMatch ifMatch,
            @RequestBody(required = false) @Valid SalesContractTransition request) {
        return transition(id, ifMatch.expected(), SalesContractStatus.ACTIVE, request);
    }

    @POST
    @Path("/{id}/complete")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "completeSalesContract",
            summary = "Complete a sales contract", description = "ACTIVE → COMPLETED." + TRANSITION_ACCESS)
    public RestResponse<SalesContractView> complete(@PathParam("id") long id,
            @BeanParam OptionalIfMatch ifMatch,
            @RequestBody(required = false) @Valid SalesContractTransition request) {
        return transition(id, ifMatch.expected(), SalesContractStatus.COMPLETED, request);
    }

    @POST
    @Path("/{id}/terminate")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "terminateSalesContract",
            summary = "Terminate a sales contract", description = "DRAFT or ACTIVE → TERMINATED." + TRANSITION_ACCESS)
    public RestResponse<SalesContractView> terminate(@PathParam("id") long id,
            @BeanParam OptionalIfMatch ifMatch,
            @RequestBody(required = false) @Valid SalesContractTransition request) {
        return transition(id, ifMatch.expected(), SalesContractStatus.TERMINATED, request);
    }

    private RestResponse<SalesContractView> transition(long id, ExpectedVersion expected, SalesContractStatus target,
            SalesContractTransition request) {
        return ETags.ok(service.transition(id, expected, target, request == null ? null : request.note()));
    }
}
