package vn.ocop.registry.common;

import java.util.Optional;
import java.util.OptionalLong;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/**
 * The rate limits of every operation, in one place: an integrator client is counted by its token's client id
 * ({@code azp}), an anonymous caller by its IP address (the forwarded one only when Quarkus is configured to trust
 * the proxy's headers, {@code quarkus.http.proxy.*}); people with a staff role are not limited. Over the limit: 429
 * problem+json with Retry-After.
 */
public class RateLimitFilter {
    @Inject
    SecurityIdentity identity;
    @Inject
    UnitScope scope;
    // RateLimits is not injected here: filters are made at static init, before runtime config mappings exist.
    @Inject
    RateLimiter limiter;

    /**
     * Whether the caller is anonymous. Authentication is lazy: asking here authenticates a bearer token that a public
     * operation would never have looked at; one that fails leaves the caller anonymous there, as before.
     */
    private boolean anonymous() {
        try {
            return identity.isAnonymous();
        } catch (AuthenticationFailedException e) {
            return true;
        }
    }

    @ServerRequestFilter
    public Optional<Response> limit(UriInfo uri, HttpServerRequest request) {
        OptionalLong retryAfter;
        if (anonymous()) {
            retryAfter = limiter.anonymous(request.remoteAddress().hostAddress());
        } else if (scope.isIntegratorOnly() && identity.getPrincipal() instanceof JsonWebToken jwt) {
            String client = String.valueOf(jwt.<Object>getClaim("azp")).replace("\"", "");
            retryAfter = limiter.client(client);
        } else {
            return Optional.empty();
        }
        if (retryAfter.isEmpty()) {
            return Optional.empty();
        }
        Problem problem = new Problem(ProblemTypes.RATE_LIMITED, "Too many requests", 429,
                "More requests than this caller may make in " + limiter.window().toSeconds() + " s; retry after "
                        + retryAfter.getAsLong() + " s",
                uri.getRequestUri().getRawPath(), null);
        return Optional.of(Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, retryAfter.getAsLong())
                .entity(problem).build());
    }
}
