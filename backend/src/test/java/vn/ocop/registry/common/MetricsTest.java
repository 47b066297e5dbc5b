package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * /q/metrics as operators and the benchmark read it: request latency per route template with buckets from 1 ms to 2 s,
 * no raw ids or paths in the labels (also for 404s, unmatched paths and the public QR routes), the connection pool and
 * the JVM.
 */
@QuarkusTest
class MetricsTest {
    @Test
    void requestsAreMeasuredPerRouteTemplateWithoutTheirValues() {
        as(OFFICE).get("/api/v1/products/987654321").then().statusCode(404);
        given().get("/api/v1/public/certificates/NO-SUCH-QR-4242/qr.svg").then().statusCode(404);
        given().get("/no/such/path/123456789").then().statusCode(404);
        given().get("/api/v1/producers/555444333/no-such-child").then().statusCode(404);
        given().patch("/api/v1/public/certificates/PATCHED-7777").then().statusCode(405);
        given().get("/api/v1/public/products").then().statusCode(200);
        String metrics = metrics();

        for (String route : List.of("/api/v1/products/{id}", "/api/v1/public/certificates/{code}/qr.svg",
                "/api/v1/public/products")) {
            assertTrue(metrics.contains("uri=\"" + route + "\""), route + " missing from\n" + requestLines(metrics));
        }
        assertTrue(metrics.contains("uri=\"NOT_FOUND\""), requestLines(metrics));
        for (String value : List.of("987654321", "NO-SUCH-QR-4242", "123456789", "555444333", "PATCHED-7777")) {
            assertFalse(metrics.contains(value), value + " in a label:\n" + requestLines(metrics));
        }
        for (String bucket : List.of("le=\"0.001\"", "le=\"0.01\"", "le=\"0.1\"", "le=\"2.0\"", "le=\"+Inf\"")) {
            assertTrue(requestLines(metrics).contains(bucket), bucket + " missing from\n" + requestLines(metrics));
        }
    }

    @Test
    void theConnectionPoolAndTheJvmAreMeasured() {
        String metrics = metrics();
        for (String name : List.of("agroal_active_count", "agroal_available_count", "agroal_awaiting_count",
                "agroal_max_used_count", "jvm_memory_used_bytes", "jvm_gc_", "jvm_threads_live_threads",
                "process_cpu_usage")) {
            assertTrue(metrics.contains("\n" + name), name + " missing");
        }
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static String requestLines(String metrics) {
        return String.join("\n", metrics.lines().filter(l -> l.startsWith("http_server_requests_seconds")).toList());
    }
}
