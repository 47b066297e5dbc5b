package vn.ocop.registry.common;

import jakarta.ws.rs.HeaderParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The Idempotency-Key header of a creating POST, declared once: {@code @BeanParam IdempotencyKey key}, then
 * {@code idempotency.created(key, …)}.
 */
public class IdempotencyKey {
    @HeaderParam(OpenApiProblemResponses.IDEMPOTENCY_KEY)
    @Parameter(description = "Makes a retry safe: the same key with the same body returns the first result "
            + "(marked Idempotent-Replayed) instead of creating again", example = "3f1c2a9e-6b7d-4e21-9a0b-5c8d7e6f1a2b",
            schema = @Schema(maxLength = Idempotency.MAX_KEY_LENGTH))
    public String value;
}
