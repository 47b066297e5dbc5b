package vn.ocop.registry.common;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the identity provider: DOWN while Keycloak's realm does not answer within 3 s. Tokens already issued keep
 * working meanwhile (their keys are cached); new logins do not. quarkus-oidc's own check is not used: a tenant that
 * could not start because Keycloak was away stays "Not Ready" until a request with a token arrives, which a load
 * balancer that waits for readiness never sends.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderHealthCheck implements HealthCheck {
    static final String NAME = "Identity provider (Keycloak)";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final URI discovery;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public IdentityProviderHealthCheck(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm) {
        this.discovery = URI.create(realm.replaceAll("/+$", "") + "/.well-known/openid-configuration");
    }

    @Override
    public HealthCheckResponse call() {
        String problem;
        try {
            int status = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            problem = status == 200 ? null : "answers " + status;
        } catch (java.io.IOException e) {
            problem = "unreachable: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem = "interrupted";
        }
        return HealthCheckResponse.named(NAME).status(problem == null).withData("realm", discovery.toString())
                .withData("problem", problem == null ? "none" : problem).build();
    }
}
