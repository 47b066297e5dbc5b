package vn.ocop.registry.common;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional reads, for every read that answers with an ETag ({@link ETags#ok}): when If-None-Match names the current
 * version (or is {@code *}), the answer is 304 with the ETag and no body, so a client re-reading what it holds costs a
 * header. Tags compare weakly (RFC 9110): {@code W/"3"} matches {@code "3"}.
 */
public class NotModified {
    @ServerResponseFilter
    public void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        String condition = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        EntityTag current = response.getEntityTag();
        if (condition == null || current == null || response.getStatus() != 200
                || !HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        for (String candidate : condition.split(",")) {
            if (matches(candidate.trim(), current.getValue())) {
                response.setStatus(304);
                response.setEntity(null);
                response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
                return;
            }
        }
    }

    static boolean matches(String candidate, String version) {
        if (candidate.equals("*")) {
            return true;
        }
        String tag = candidate.startsWith("W/") ? candidate.substring(2) : candidate;
        return tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                && tag.substring(1, tag.length() - 1).equals(version);
    }
}
