package vn.ocop.registry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * deploy/k8s (no cluster here: the YAML is read as data): every file in the kustomization, every container with
 * probes, resource requests and limits and a pinned image, the autoscaler and the disruption budget on the backend's
 * Deployment, Services selecting pods that exist, PostgreSQL as a CloudNativePG cluster with a replica that the
 * backend's read datasource uses, Keycloak on its own database with the realm file, secrets only as references, and
 * every environment variable the backend is given one that application.properties reads.
 */
class KubernetesManifestsTest {
    private static final Path ROOT = Path.of("..");
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern PINNED = Pattern.compile("[^:]+:v?\\d+\\.\\d+[^:]*");
    /** Quarkus's own settings that application.properties leaves at their defaults (their names are Quarkus's). */
    private static final Set<String> QUARKUS_DEFAULTS = Set.of("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING",
            "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "QUARKUS_HTTP_PROXY_ENABLE_FORWARDED_HOST", "QUARKUS_MAILER_USERNAME",
            "QUARKUS_MAILER_PASSWORD", "QUARKUS_MAILER_START_TLS", "QUARKUS_OIDC_TOKEN_ISSUER");

    private static JsonNode kustomization() throws IOException {
        return YAML.readTree(K8S.resolve("kustomization.yaml").toFile());
    }

    private static List<JsonNode> objects() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode file : kustomization().path("resources")) {
            try (var docs = YAML.readerFor(JsonNode.class).readValues(K8S.resolve(file.asText()).toFile())) {
                docs.forEachRemaining(d -> all.add((JsonNode) d));
            }
        }
        return all;
    }

    private static JsonNode object(String kind, String name) throws IOException {
        return objects().stream().filter(o -> o.path("kind").asText().equals(kind)
                && o.path("metadata").path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static JsonNode container(String deployment) throws IOException {
        return object("Deployment", deployment).path("spec").path("template").path("spec").path("containers").path(0);
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(name)) {
                return e.has("value") ? e.path("value").asText() : "secret:" + e.at("/valueFrom/secretKeyRef/name").asText();
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void everyFileIsInTheKustomizationAndTheRealmIsTheCommittedOne() throws IOException {
        Set<String> listed = new HashSet<>();
        kustomization().path("resources").forEach(r -> listed.add(r.asText()));
        try (Stream<Path> files = Files.list(K8S)) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                    .forEach(f -> assertTrue(listed.contains(f), f + " is not in kustomization.yaml"));
        }
        String realm = kustomization().at("/configMapGenerator/1/files/0").asText();
        assertEquals("ocop-realm.json=../../keycloak/ocop-realm.json", realm);
        assertTrue(Files.exists(K8S.resolve("../../keycloak/ocop-realm.json")));
    }

    @Test
    void containersHaveProbesLimitsAndPinnedImages() throws IOException {
        Set<String> images = new HashSet<>();
        kustomization().path("images").forEach(i -> {
            images.add(i.path("name").asText());
            assertTrue(PINNED.matcher(i.path("newName").asText() + ":" + i.path("newTag").asText()).matches(), i.toString());
        });
        int deployments = 0;
        for (JsonNode o : objects()) {
            if (o.path("kind").asText().equals("Deployment")) {
                deployments++;
                for (JsonNode c : o.at("/spec/template/spec/containers")) {
                    String name = o.at("/metadata/name").asText() + "/" + c.path("name").asText();
                    String image = c.path("image").asText();
                    assertTrue(images.contains(image) || PINNED.matcher(image).matches(), name + ": " + image + " not pinned");
                    for (String probe : List.of("readinessProbe", "livenessProbe")) {
                        assertTrue(c.has(probe), name + " has no " + probe);
                    }
                    for (String r : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                        assertFalse(c.at("/resources/" + r).asText().isEmpty(), name + " sets no " + r);
                    }
                }
            }
            if (o.path("kind").asText().equals("Cluster")) {
                assertTrue(PINNED.matcher(o.at("/spec/imageName").asText()).matches(), o.toString());
            }
        }
        assertEquals(3, deployments);
    }

    @Test
    void theBackendIsProbedScaledAndKeptAvailable() throws IOException {
        JsonNode backend = container("backend");
        assertEquals("/q/health/started", backend.at("/startupProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", backend.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", backend.at("/livenessProbe/httpGet/path").asText());
        assertEquals(backend.at("/resources/limits/memory"), backend.at("/resources/requests/memory"),
                "memory requested = its limit: the JVM's ceiling is reserved");
        // The image's own flags (backend/jvm.options) set the ceiling: their regions must fit in the limit with room
        // for threads, GC and the JVM itself, and the manifest must not override them.
        long limitMiB = Long.parseLong(backend.at("/resources/limits/memory").asText().replace("Mi", ""));
        Matcher regions = Pattern.compile("^-(?:Xmx|XX:MaxMetaspaceSize=|XX:ReservedCodeCacheSize=|XX:MaxDirectMemorySize=)"
                + "(\\d+)m$", Pattern.MULTILINE).matcher(Files.readString(ROOT.resolve("backend/jvm.options")));
        long ceilings = 0;
        int found = 0;
        while (regions.find()) {
            ceilings += Long.parseLong(regions.group(1));
            found++;
        }
        assertEquals(4, found, "heap, metaspace, code cache and direct memory each have a ceiling in jvm.options");
        assertTrue(ceilings + 64 <= limitMiB, ceilings + " MiB of JVM ceilings + 64 MiB do not fit in " + limitMiB + " MiB");
        backend.path("env").forEach(e -> assertFalse(e.path("name").asText().equals("JAVA_OPTS_APPEND"),
                "the image's jvm.options decide the JVM's memory"));

        JsonNode hpa = object("HorizontalPodAutoscaler", "backend").path("spec");
        assertEquals("Deployment", hpa.at("/scaleTargetRef/kind").asText());
        assertEquals("backend", hpa.at("/scaleTargetRef/name").asText());
        assertEquals("cpu", hpa.at("/metrics/0/resource/name").asText());
        assertTrue(hpa.path("minReplicas").asInt() >= 2, "one replica is no high availability");
        JsonNode labels = object("Deployment", "backend").at("/spec/template/metadata/labels");
        assertEquals(labels, object("PodDisruptionBudget", "backend").at("/spec/selector/matchLabels"));
        assertEquals(1, object("PodDisruptionBudget", "backend").at("/spec/minAvailable").asInt());
        for (JsonNode o : objects()) {
            if (o.path("kind").asText().equals("Service")) {
                JsonNode pods = object("Deployment", o.at("/metadata/name").asText()).at("/spec/template/metadata/labels");
                o.at("/spec/selector").fields().forEachRemaining(s -> assertEquals(s.getValue(), pods.path(s.getKey()),
                        o.at("/metadata/name") + " selects no pod"));
            }
        }
        Set<String> routed = new HashSet<>();
        object("Ingress", "ocop").at("/spec/rules").forEach(r -> routed.add(r.at("/http/paths/0/backend/service/name")
                .asText()));
        assertEquals(Set.of("frontend", "backend", "keycloak"), routed);
    }

    @Test
    void postgresIsAClusterWithAReplicaThatTheCatalogueAndReportsRead() throws IOException {
        JsonNode db = object("Cluster", "ocop-db");
        assertEquals("postgresql.cnpg.io/v1", db.path("apiVersion").asText());
        assertEquals(2, db.at("/spec/instances").asInt(), "a primary and a read replica");
        JsonNode backend = container("backend");
        assertEquals("jdbc:postgresql://ocop-db-rw:5432/ocop", env(backend, "QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("jdbc:postgresql://ocop-db-ro:5432/ocop", env(backend, "OCOP_READ_DB_URL"));
        // Requests run as the managed role ocop_app (V166: rows only); Flyway as the owner whose Secret the operator makes.
        JsonNode role = db.at("/spec/managed/roles/0");
        assertEquals("ocop_app", role.path("name").asText());
        assertEquals(List.of(true, false, false, false), List.of(role.path("login").asBoolean(),
                role.path("superuser").asBoolean(true), role.path("createdb").asBoolean(true),
                role.path("createrole").asBoolean(true)));
        String runtime = "secret:" + role.at("/passwordSecret/name").asText();
        for (String name : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "OCOP_READ_DB_USERNAME",
                "OCOP_READ_DB_PASSWORD")) {
            assertEquals(runtime, env(backend, name), name);
        }
        assertEquals("secret:ocop-db-app", env(backend, "QUARKUS_FLYWAY_USERNAME"));
        assertEquals("secret:ocop-db-app", env(backend, "QUARKUS_FLYWAY_PASSWORD"));
        assertEquals("ocop", db.at("/spec/bootstrap/initdb/owner").asText());
        JsonNode keycloak = container("keycloak");
        assertEquals("jdbc:postgresql://keycloak-db-rw:5432/keycloak", env(keycloak, "KC_DB_URL"));
        object("Cluster", "keycloak-db");
        assertEquals("ocop-realm", object("Deployment", "keycloak").at("/spec/template/spec/volumes/0/configMap/name")
                .asText());
        assertTrue(keycloak.path("args").toString().contains("--import-realm"));
    }

    @Test
    void secretsAreReferencesNeverValues() throws IOException {
        for (JsonNode o : objects()) {
            assertFalse(o.path("kind").asText().equals("Secret"), "a Secret with its values is committed");
            for (JsonNode c : o.at("/spec/template/spec/containers")) {
                for (JsonNode e : c.path("env")) {
                    String name = e.path("name").asText();
                    if (name.matches(".*(PASSWORD|SECRET|USERNAME).*")) {
                        assertNotNull(e.at("/valueFrom/secretKeyRef/name").textValue(), name + " is not a secret reference");
                    }
                }
            }
        }
    }

    @Test
    void theBackendIsGivenOnlySettingsItReads() throws IOException {
        String properties = Files.readString(ROOT.resolve("backend/src/main/resources/application.properties"));
        Set<String> read = new HashSet<>();
        Matcher m = Pattern.compile("(?m)^(?:%\\w+\\.)?([a-z][\\w.\"-]*)=").matcher(properties);
        while (m.find()) {
            read.add(m.group(1).replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        Matcher refs = Pattern.compile("\\$\\{(\\w+)[:}]").matcher(properties);
        while (refs.find()) {
            read.add(refs.group(1));
        }
        for (JsonNode e : container("backend").path("env")) {
            String name = e.path("name").asText();
            if (!name.equals("JAVA_OPTS_APPEND") && !QUARKUS_DEFAULTS.contains(name)) {
                assertTrue(read.contains(name), name + " is read by no setting of application.properties");
            }
        }
    }
}
