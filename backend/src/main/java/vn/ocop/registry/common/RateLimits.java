package vn.ocop.registry.common;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * The rate limits ({@code ocop.rate-limit.*}): requests per window for each integrator client (by the token's
 * {@code azp}) and for each anonymous caller (by IP address); staff are not limited.
 */
@ConfigMapping(prefix = "ocop.rate-limit")
public interface RateLimits {
    /** The length of a counting window. */
    Duration window();

    /** Requests per window of an integrator client without an override. */
    int clientRequests();

    /** Requests per window of an anonymous caller, by IP address. */
    int anonymousRequests();

    /** Per-client overrides of {@link #clientRequests()}: client id → requests per window. */
    Map<String, Integer> clients();

    /** The limit of the integrator client {@code clientId}. */
    default int ofClient(String clientId) {
        return clients().getOrDefault(clientId, clientRequests());
    }
}
