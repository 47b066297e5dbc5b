package vn.ocop.registry.demo;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A database that holds only the Trà Vinh 2019 demo dataset, so that its report can be compared with the
 * seed figure by figure (the main test database also holds every other test's rows). `make test`
 * recreates it as {@code <test database>_seed}.
 */
public class SeedDatabase implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        String db = System.getenv().getOrDefault("OCOP_TEST_DB", "ocop_test") + "_seed";
        return Map.of("%test.quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:5432/" + db);
    }
}
