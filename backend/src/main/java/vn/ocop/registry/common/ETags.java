package vn.ocop.registry.common;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * Optimistic concurrency over HTTP: the ETag is the row's version; writes must send it back in If-Match, which
 * {@link IfMatch} turns into the {@link ExpectedVersion} the service checks.
 */
public final class ETags {
    private ETags() {
    }

    /** 200 with the view's version as its ETag. */
    public static <T extends Versioned> RestResponse<T> ok(T view) {
        return RestResponse.ResponseBuilder.ok(view).tag(tag(view.version())).build();
    }

    /** 201 with Location and ETag; a replayed Idempotency-Key is marked with Idempotent-Replayed. */
    static <T> RestResponse<T> created(Idempotency.Created<T> c) {
        RestResponse.ResponseBuilder<T> b = RestResponse.ResponseBuilder.<T>created(java.net.URI.create(c.location()))
                .entity(c.body()).tag(tag(c.version()));
        return (c.replayed() ? b.header("Idempotent-Replayed", "true") : b).build();
    }

    private static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
