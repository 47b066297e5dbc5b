package vn.ocop.registry.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * docker-compose.yml (no Docker engine here to run it) stays a production deployment: Keycloak in production mode on
 * a PostgreSQL database of its own, only the web ports published, restart policies, images pinned to a version (the
 * Dockerfiles' too), secrets from .env, the demo overlay only in the demo profile; the backend as replicas behind the
 * nginx "api" proxy (deploy/nginx/api.conf).
 */
class DockerComposeTest {
    private static final Path ROOT = Path.of("..");
    /** A release, not a moving tag: at least major.minor (postgres:15.14, keycloak:26.5.6, nginx:1.27.5-alpine). */
    private static final Pattern PINNED = Pattern.compile("[^:]+:v?\\d+\\.\\d+[^:]*");
    private static final Set<String> WEB_SERVICES = Set.of("frontend", "api", "keycloak", "mailpit");

    private static JsonNode services() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile())
                .path("services");
    }

    @Test
    void keycloakRunsInProductionModeOnItsOwnDatabase() throws IOException {
        JsonNode keycloak = services().path("keycloak");
        assertEquals("start", keycloak.path("command").path(0).asText(), "Keycloak in dev mode");
        assertEquals("postgres", keycloak.path("environment").path("KC_DB").asText());
        String url = keycloak.path("environment").path("KC_DB_URL").asText();
        assertTrue(url.startsWith("jdbc:postgresql://keycloak-db:"), url);
        assertTrue(services().has("keycloak-db"));
    }

    @Test
    void onlyWebPortsArePublished() throws IOException {
        services().fields().forEachRemaining(service -> {
            JsonNode ports = service.getValue().path("ports");
            if (!WEB_SERVICES.contains(service.getKey())) {
                assertTrue(ports.isMissingNode(), service.getKey() + " publishes " + ports);
            }
            ports.forEach(port -> {
                String target = port.asText().replaceAll(".*:", "");
                assertFalse(Set.of("5432", "9000").contains(target), service.getKey() + " publishes " + port);
            });
        });
    }

    @Test
    void servicesRestartAndImagesArePinned() throws IOException {
        List<String> images = new ArrayList<>();
        services().fields().forEachRemaining(service -> {
            JsonNode s = service.getValue();
            String restart = s.path("restart").asText();
            boolean oneShot = service.getKey().equals("keycloak-demo");
            assertEquals(oneShot ? "no" : "unless-stopped", restart, service.getKey() + "'s restart policy");
            if (s.has("image")) {
                images.add(s.path("image").asText());
            }
        });
        for (String dockerfile : List.of("backend/Dockerfile", "frontend/Dockerfile")) {
            Files.readAllLines(ROOT.resolve(dockerfile)).stream().filter(l -> l.startsWith("FROM "))
                    .map(l -> l.split("\\s+")[1]).forEach(images::add);
        }
        assertTrue(images.size() >= 8, images.toString());
        for (String image : images) {
            assertTrue(PINNED.matcher(image).matches(), image + " is not pinned to a version");
        }
    }

    /** One set of JVM flags (backend/jvm.options): the scripts' and the image's, with its AppCDS archive. */
    @Test
    void theImageRunsTheJvmWithTheScriptsFlags() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("backend/Dockerfile"));
        assertTrue(dockerfile.contains("COPY --chown=1001:0 jvm.options ./"), "the image has backend/jvm.options");
        assertTrue(dockerfile.contains("-XX:ArchiveClassesAtExit=quarkus-app/app-cds.jsa"), "the image makes its archive");
        assertTrue(dockerfile.contains(
                "exec java @jvm.options -XX:SharedArchiveFile=quarkus-app/app-cds.jsa $JAVA_OPTS_APPEND -jar quarkus-app/quarkus-run.jar"),
                "the image starts the JVM with jvm.options and its archive");
        assertTrue(Files.readString(ROOT.resolve("scripts/lib.sh")).contains("@$OCOP_ROOT/backend/jvm.options"),
                "the scripts start the JVM with backend/jvm.options");
    }

    /** Requests run as ocop_app (V166: rows only), which the postgres service creates; Flyway migrates as the owner. */
    @Test
    void theBackendRunsAsARoleThatOwnsNothing() throws IOException {
        JsonNode services = services();
        JsonNode backend = services.path("backend").path("environment");
        JsonNode postgres = services.path("postgres");
        assertEquals("ocop_app", backend.path("QUARKUS_DATASOURCE_USERNAME").asText());
        assertEquals(postgres.at("/environment/POSTGRES_USER").asText(), backend.path("QUARKUS_FLYWAY_USERNAME").asText());
        assertEquals(postgres.at("/environment/POSTGRES_PASSWORD").asText(), backend.path("QUARKUS_FLYWAY_PASSWORD").asText());
        assertEquals(postgres.at("/environment/OCOP_DB_APP_PASSWORD").asText(),
                backend.path("QUARKUS_DATASOURCE_PASSWORD").asText());
        String init = "./deploy/postgres/10-runtime-role.sh";
        assertTrue(postgres.path("volumes").toString().contains(init + ":/docker-entrypoint-initdb.d/"), "" + postgres);
        assertTrue(Files.readString(ROOT.resolve(init.substring(2))).contains("CREATE ROLE ocop_app LOGIN"));
        assertTrue(Files.readString(ROOT.resolve(".env.example")).contains("OCOP_DB_APP_PASSWORD="));
    }

    @Test
    void secretsComeFromEnvAndTheDemoOnlyFromItsProfile() throws IOException {
        JsonNode services = services();
        for (String secret : List.of("postgres/POSTGRES_PASSWORD", "postgres/OCOP_DB_APP_PASSWORD",
                "keycloak/KC_BOOTSTRAP_ADMIN_PASSWORD", "backend/QUARKUS_DATASOURCE_PASSWORD",
                "backend/QUARKUS_FLYWAY_PASSWORD")) {
            String value = services.at("/" + secret.replace("/", "/environment/")).asText();
            assertTrue(value.matches("\\$\\{\\w+:\\?.+}"), secret + " = " + value + ": not a required .env variable");
        }
        assertTrue(services.path("backend").path("environment").path("OCOP_CERTIFICATE_PAGE_URL").asText()
                .startsWith("${OCOP_WEB_URL}"), "QR codes point to the public web URL");
        assertEquals("demo", services.path("keycloak-demo").path("profiles").path(0).asText());
        assertTrue(Files.readString(ROOT.resolve(".env.example")).contains("OCOP_WEB_URL="));
    }

    @Test
    void backendReplicasServeTheApiThroughTheProxy() throws IOException, InterruptedException {
        JsonNode services = services();
        JsonNode backend = services.path("backend");
        assertTrue(backend.path("ports").isMissingNode(), "the replicas are reached through api only");
        assertFalse(backend.has("container_name"), "a fixed container name allows one replica");
        assertEquals("${OCOP_BACKEND_REPLICAS:-2}", backend.path("deploy").path("replicas").asText());
        assertEquals("true", backend.path("environment").path("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").asText(),
                "behind the proxy the anonymous rate limit needs the caller's forwarded address");
        JsonNode api = services.path("api");
        assertEquals("${OCOP_API_PORT:-8080}:8080", api.path("ports").path(0).asText());
        assertEquals("./deploy/nginx/api.conf:/etc/nginx/conf.d/default.conf:ro", api.path("volumes").path(0).asText());
        assertEquals("service_healthy", api.path("depends_on").path("backend").path("condition").asText());
        assertEquals("api", services.path("frontend").path("depends_on").path(0).asText());
        assertTrue(Files.readString(ROOT.resolve(".env.example")).contains("OCOP_BACKEND_REPLICAS=2"));

        String conf = Files.readString(ROOT.resolve("deploy/nginx/api.conf"));
        assertTrue(conf.contains("server backend:8080 resolve"), "replicas are found by the service name, re-resolved");
        assertTrue(conf.contains("proxy_pass http://backend;"));
        assertTrue(conf.contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;"));
        assertFalse(conf.contains("non_idempotent"), "a POST must never be sent to a second replica");
        // The backend answers a request line up to 64 KiB and a body up to 10 MiB itself (problem+json).
        assertTrue(conf.contains("large_client_header_buffers 4 80k;"), "nginx would answer a long line 414");
        assertTrue(conf.contains("client_max_body_size 11m;"), "nginx would answer an upload 413");

        // Only where nginx is installed (nothing installs it for this test): its own check of the file.
        Path nginx = Path.of("/usr/sbin/nginx");
        Assumptions.assumeTrue(Files.isExecutable(nginx), "nginx is not installed: its syntax check is skipped");
        Path dir = Files.createTempDirectory("nginx-test");
        Files.writeString(dir.resolve("nginx.conf"), "events {}\nhttp {\n" + conf + "\n}\n");
        Process p = new ProcessBuilder(nginx.toString(), "-t", "-p", dir.toString(), "-c", dir.resolve("nginx.conf")
                .toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
    }
}
