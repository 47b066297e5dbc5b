package vn.ocop.registry.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A request that announces a body beyond {@code quarkus.http.limits.max-body-size} is answered 413 problem+json.
 * Quarkus's own check (route order -2) answers a bare 413 and closes the connection while the client may still be
 * sending, so the client often reads no answer at all; this one runs first and reads the body to its end, discarding
 * it, before answering. A body announced beyond four times the limit is not read: the connection is closed after the
 * answer.
 */
@ApplicationScoped
public class BodyLimit {
    private static final long SWALLOW_FACTOR = 4;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;
    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(-3).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        long limit = maxBodySize.asLongValue();
        String announced = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = announced == null ? -1 : Long.parseLong(announced.trim());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= limit) {
            ctx.next();
            return;
        }
        Buffer problem;
        try {
            problem = Buffer.buffer(json.writeValueAsBytes(new Problem(ProblemTypes.HTTP, "Payload Too Large", 413,
                    "The request body is " + length + " bytes; at most " + limit + " are read", ctx.request().path(),
                    null)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        var response = ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close");
        if (length > SWALLOW_FACTOR * limit) {
            response.end(problem).onComplete(done -> ctx.request().connection().close());
            return;
        }
        ctx.request().handler(chunk -> {
        }).endHandler(end -> response.end(problem)).exceptionHandler(e -> ctx.request().connection().close());
        ctx.request().resume();
    }
}
