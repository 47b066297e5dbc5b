package vn.ocop.registry.common;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The If-Match header of a write that changes or deletes a versioned resource, declared once:
 * {@code @BeanParam IfMatch ifMatch}, then {@code service.update(id, ifMatch.expected(), request)}.
 */
public class IfMatch {
    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(description = "The resource's current ETag (from its GET): 428 without it, 412 when it changed since",
            required = true)
    public String value;

    public ExpectedVersion expected() {
        return ExpectedVersion.of(value);
    }
}
