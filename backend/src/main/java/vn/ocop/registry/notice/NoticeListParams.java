package vn.ocop.registry.notice;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/** The query filters of the notice list; {@link #parse} turns them into the typed filter (400 naming a bad one). */
public class NoticeListParams {
    @QueryParam("kind")
    @Parameter(schema = @Schema(implementation = NoticeKind.class))
    public String kind;

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = NoticeStatus.class))
    public String status;

    NoticeFilter parse() {
        return new NoticeFilter(QueryValues.enumValue("kind", kind, NoticeKind.class),
                QueryValues.enumValue("status", status, NoticeStatus.class));
    }
}
