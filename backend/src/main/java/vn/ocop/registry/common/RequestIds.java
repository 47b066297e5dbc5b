package vn.ocop.registry.common;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Every request has an id that ties a caller's report to the server's log lines: the caller's {@code X-Request-Id} when
 * it is short and safe (it is logged and echoed, so nothing that could forge a log line or a header), otherwise a new
 * one. It is in the MDC as {@code requestId} while the request is served (the production JSON log lines carry it) and
 * echoed in the response's {@code X-Request-Id} on every response: the application's, problem+json, 401/403 and
 * Vert.x's own. A Vert.x filter rather than a JAX-RS one, so that it sees the requests JAX-RS never matches.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** Before every other filter (Quarkus' own run at lower priorities), so that all of them log with the id. */
    private static final int PRIORITY = 10_000;

    /** The caller's id when it is safe, otherwise a new random one. */
    static String accept(String given) {
        return given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = accept(rc.request().getHeader(HEADER));
            // Quarkus keeps the MDC in the request's Vert.x context, which its worker threads carry on.
            MDC.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        }, PRIORITY);
    }
}
