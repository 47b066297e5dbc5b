package vn.ocop.registry.common;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

/** Optimistic concurrency over HTTP: the ETag is the row's version; writes must send it back in If-Match. */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(of(version)).build();
    }

    /** 201 with Location and ETag; a replayed Idempotency-Key is marked with Idempotent-Replayed. */
    public static <T> RestResponse<T> created(Idempotency.Created<T> c) {
        RestResponse.ResponseBuilder<T> b = RestResponse.ResponseBuilder.<T>created(java.net.URI.create(c.location()))
                .entity(c.body()).tag(of(c.version()));
        return (c.replayed() ? b.header("Idempotent-Replayed", "true") : b).build();
    }

    /** 428 when If-Match is missing, 412 when it names another version than {@code current}. */
    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition required",
                    "Send the resource's current ETag in an If-Match header", null);
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(Long.toString(current))) {
                return;
            }
        }
        throw staleProblem();
    }

    static ProblemException staleProblem() {
        return new ProblemException(412, ProblemTypes.PRECONDITION_FAILED, "Precondition failed",
                "The resource was changed by someone else; fetch it again and retry with its new ETag", null);
    }
}
