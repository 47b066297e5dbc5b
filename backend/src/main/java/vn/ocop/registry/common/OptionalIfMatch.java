package vn.ocop.registry.common;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The If-Match header of a write where it is optional (state transitions): when sent, it must name the current
 * version. The service calls {@link ExpectedVersion#checkIfSent}.
 */
public class OptionalIfMatch {
    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(description = "Optional: the resource's current ETag (from its GET); when sent, 412 if it changed since")
    public String value;

    public ExpectedVersion expected() {
        return ExpectedVersion.of(value);
    }
}
