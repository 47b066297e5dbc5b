package vn.ocop.registry.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.ocop.registry.common.TestUsers;

/**
 * Stands between the backend and the real Keycloak and counts every request the backend makes to it, by
 * path. The key set it passes on also holds a test key, so that a test can sign tokens Keycloak would never
 * issue (e.g. already expired) with a key the backend trusts. Tests read the counts ({@code GET /__counts})
 * and the test key ({@code GET /__test-key}) from the proxy itself: test resources and tests may live in
 * different class loaders, so they share nothing but this.
 */
public class CountingKeycloakProxy implements QuarkusTestResourceLifecycleManager {
    static final String REALM = "/realms/ocop";
    static final String CERTS = REALM + "/protocol/openid-connect/certs";
    static final String INTROSPECT = REALM + "/protocol/openid-connect/token/introspect";
    static final String COUNTS_PATH = "/__counts";
    static final String TEST_KEY_PATH = "/__test-key";
    private static final List<String> FORWARDED_HEADERS = List.of("Authorization", "Content-Type", "Accept");

    private final RsaJsonWebKey testKey = rsaKey("ocop-test-key");
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer server;

    static RsaJsonWebKey rsaKey(String kid) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(kid);
            key.setAlgorithm("RS256");
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::forward);
        server.createContext(COUNTS_PATH, exchange -> answer(exchange, new ObjectMapper().writeValueAsBytes(counts)));
        server.createContext(TEST_KEY_PATH, exchange -> answer(exchange,
                testKey.toJson(JsonWebKey.OutputControlLevel.INCLUDE_PRIVATE).getBytes(StandardCharsets.UTF_8)));
        server.start();
        // No discovery: every endpoint the backend could call is named, and all of them lead here.
        return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:" + server.getAddress().getPort() + REALM,
                "quarkus.oidc.discovery-enabled", "false",
                "quarkus.oidc.jwks-path", "protocol/openid-connect/certs",
                "quarkus.oidc.introspection-path", "protocol/openid-connect/token/introspect",
                "quarkus.oidc.token.issuer", TestUsers.KEYCLOAK + REALM);
    }

    private void forward(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        try (exchange) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestUsers.KEYCLOAK + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(),
                            HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
            FORWARDED_HEADERS.forEach(h -> {
                String value = exchange.getRequestHeaders().getFirst(h);
                if (value != null) {
                    request.header(h, value);
                }
            });
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            if (path.equals(CERTS) && response.statusCode() == 200) {
                body = withTestKey(body);
            }
            response.headers().firstValue("Content-Type")
                    .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
            send(exchange, response.statusCode(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        }
    }

    private byte[] withTestKey(byte[] jwks) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode set = (ObjectNode) json.readTree(jwks);
        ((ArrayNode) set.get("keys")).add(json.readTree(testKey.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY)));
        return json.writeValueAsBytes(set);
    }

    private static void answer(HttpExchange exchange, byte[] json) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            send(exchange, 200, json);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
