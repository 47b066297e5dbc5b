package vn.ocop.registry.producer;

import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.ocop.registry.common.AuditLog;
import vn.ocop.registry.common.ETags;
import vn.ocop.registry.common.ExportParams;
import vn.ocop.registry.common.Idempotency;
import vn.ocop.registry.common.IdempotencyKey;
import vn.ocop.registry.common.IfMatch;
import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.producer.ProducerDtos.CommuneCompletionRequest;
import vn.ocop.registry.producer.ProducerDtos.ProducerRequest;
import vn.ocop.registry.producer.ProducerDtos.ProducerView;

@Path("/api/v1/producers")
@Tag(name = "Producers", description = "Enterprises, cooperatives, cooperative groups and household businesses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProducerResource {
    @Inject
    ProducerService service;
    @Inject
    Idempotency idempotency;
    @Inject
    ProducerCommunes communes;

    @GET
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "listProducers",
            summary = "List producers", description = "Paged; district officers and district council members see "
                    + "only their own district's records, commune officers the producers that lie in their commune "
                    + "today. `q` matches names without regard to case or diacritics; `communeCode` places producers "
                    + "through the successions of units.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, name, type, districtCode, registeredOn, createdAt, updatedAt"))
    public Page<ProducerView> list(@BeanParam ProducerListParams filters, @BeanParam PageParams paging) {
        return service.list(filters.parse(), paging.resolve(ProducerService.SORTABLE, "name"));
    }

    @GET
    @Path("/export")
    @Produces({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv"})
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "exportProducers",
            summary = "Export producers (XLSX or CSV)", description = "The same filters, order, district scope and "
                    + "hiding of households' personal data from integrators as the list, every matching row (up to 100,000). "
                    + "CSV is UTF-8 with BOM.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION,
                    value = "id, name, type, districtCode, registeredOn, createdAt, updatedAt"))
    public Response export(@BeanParam ProducerListParams filters, @BeanParam ExportParams export) {
        ProducerFilter filter = filters.parse();
        return export.download(ProducerExport.LAYOUT, ProducerService.SORTABLE, "name", page -> service.list(filter, page));
    }

    @POST
    @Path("/communes")
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "completeProducerCommunes", summary = "Complete producers' communes (bulk)",
            description = "OCOP office only. For producers registered without a commune (list them with "
                    + "`missingCommune=true`): each row names the producer, the version it was read at (its ETag) and "
                    + "the commune of its registration day. All rows are applied or none: a bad row is a 400, a "
                    + "producer changed since it was read a 409, each naming the row (`items[i].field`). Each change "
                    + "is audited in the producer's history.")
    public List<ProducerView> completeCommunes(@Valid @NotNull CommuneCompletionRequest request) {
        return communes.complete(request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.LOCAL_READERS)
    @Operation(operationId = "getProducer",
            summary = "Get a producer", description = "403 for another unit's producer to unit-scoped users (district "
                    + "roles: the district it was registered in; commune officers: the commune it lies in today).")
    public RestResponse<ProducerView> get(@PathParam("id") long id) {
        return ETags.ok(service.get(id));
    }

    @POST
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "createProducer",
            summary = "Register a producer",
            description = "OCOP office anywhere; district officers in their own district only.")
    public RestResponse<ProducerView> create(
            @BeanParam IdempotencyKey idempotencyKey,
            @Valid @NotNull ProducerRequest request) {
        return idempotency.created(idempotencyKey, "POST /api/v1/producers", request, ProducerView.class,
                () -> service.create(request), view -> "/api/v1/producers/" + view.id());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "updateProducer",
            summary = "Update a producer", description = "Requires If-Match with the current ETag; district officers "
                    + "only within their own district.")
    public RestResponse<ProducerView> update(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch,
            @Valid @NotNull ProducerRequest request) {
        return ETags.ok(service.update(id, ifMatch.expected(), request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.STAFF)
    @Operation(operationId = "deleteProducer",
            summary = "Delete a producer", description = "Requires If-Match; 409 while products refer to it.")
    public void delete(@PathParam("id") long id,
            @BeanParam IfMatch ifMatch) {
        service.delete(id, ifMatch.expected());
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed(Roles.LOCAL_OFFICIALS)
    @Operation(operationId = "getProducerHistory",
            summary = "Producer history", description = "Who changed what and when: registration, each update with "
                    + "the fields that changed, the producer's facility-level certifications recorded, changed and removed. "
                    + "Oldest first unless sort=-at. Staff only (not integrators); district-scoped users for their own district.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = AuditLog.SORT_FIELDS))
    public Page<AuditLog.AuditEntry> history(@PathParam("id") long id, @BeanParam PageParams paging) {
        return service.history(id, AuditLog.order(paging));
    }
}
