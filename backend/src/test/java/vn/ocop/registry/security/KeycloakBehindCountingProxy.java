package vn.ocop.registry.security;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The application as configured, except that it reaches Keycloak through {@link CountingKeycloakProxy}. */
public class KeycloakBehindCountingProxy implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(CountingKeycloakProxy.class));
    }
}
