package vn.ocop.registry.notice;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.ocop.registry.common.OpenApiSortFields;
import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageParams;
import vn.ocop.registry.common.Roles;

@Path("/api/v1/notices")
@Tag(name = "Notices", description = "E-mail notices to holders, council members and producers, and whether they went")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {
    static final Map<String, String> SORTABLE = Map.of("id", "id", "createdAt", "createdAt", "sentAt", "sentAt");

    @Inject
    Notices notices;

    @GET
    @RolesAllowed(Roles.OFFICE)
    @Operation(operationId = "listNotices", summary = "List e-mail notices",
            description = "OCOP office only. Every notice recorded (expiry reminders, round scoring, support request "
                    + "steps) with its recipient and state: PENDING (waiting, perhaps after failed attempts), SENT, or "
                    + "FAILED after the last attempt, with the error.",
            extensions = @Extension(name = OpenApiSortFields.EXTENSION, value = "id, createdAt, sentAt"))
    public Page<NoticeView> list(@BeanParam NoticeListParams filters, @BeanParam PageParams paging) {
        return notices.list(filters.parse(), paging.resolve(SORTABLE, "-id"));
    }
}
