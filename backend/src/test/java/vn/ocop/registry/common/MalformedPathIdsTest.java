package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A well-formed id that names nothing is a 404 on every read, as the served OpenAPI document lists them; what can
 * never be an id is a 400 naming the parameter (swept on every path parameter by HostileInputTest's generator).
 */
@QuarkusTest
class MalformedPathIdsTest {
    private static final String ABSENT = "999999999";
    /** Callers tried in turn until one is let through (council members for score sheets). */
    private static final List<String> CALLERS = List.of(OFFICE, PC, DC_TRAVINH, DO_TRAVINH);

    @Test
    void aWellFormedIdThatNamesNothingIsStillA404() {
        List<String> failures = new ArrayList<>();
        int swept = 0;
        for (ServedContract.Operation op : ServedContract.operations()) {
            if (!op.method().equals("get") || op.numericPathParameters().isEmpty() || op.path().contains("{code}")) {
                continue;
            }
            swept++;
            Response r = send(op, url(op, ABSENT));
            if (r.statusCode() != 404 || !r.contentType().startsWith("application/problem+json")) {
                failures.add(op + ": " + r.statusCode() + " " + r.contentType());
            }
        }
        assertTrue(swept >= 30, "reads with an id swept: " + swept);
        assertTrue(failures.isEmpty(), failures.size() + " failed, e.g.:\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }

    @Test
    void theMessageSaysWhatAnIdIs() {
        as(OFFICE).get("/api/v1/producers/abc").then().statusCode(400)
                .body("type", org.hamcrest.Matchers.equalTo(ProblemTypes.VALIDATION))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("id"))
                .body("errors[0].message", org.hamcrest.Matchers.equalTo(
                        "must be a whole number between 1 and 9223372036854775807"));
        as(TestUsers.ANONYMOUS).get("/api/v1/producers/abc").then().statusCode(401);
    }

    /** Issue 14: a NUL in a code reached PostgreSQL, which cannot compare it (a 500). */
    @Test
    void aTextPathParameterIsTextToo() {
        as(OFFICE).urlEncodingEnabled(false).delete("/api/v1/admin-units/a%00b").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("code"));
        as(TestUsers.ANONYMOUS).urlEncodingEnabled(false).get("/api/v1/public/certificates/a%00b/qr.svg").then()
                .statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("code"));
    }

    /** The contract says what the server enforces, so generated clients can check ids before sending them. */
    @Test
    void theContractSaysAnIdIsOneOrMore() {
        List<String> failures = new ArrayList<>();
        for (ServedContract.Operation op : ServedContract.operations()) {
            for (var p : op.spec().path("parameters")) {
                if ("path".equals(p.path("in").asText()) && "integer".equals(p.path("schema").path("type").asText())
                        && p.path("schema").path("minimum").asInt(0) != 1) {
                    failures.add(op + " " + p.path("name").asText());
                }
            }
        }
        assertTrue(failures.isEmpty(), "path ids without minimum 1: " + failures);
    }

    /** The operation's address with {@code value} in every numeric path parameter. */
    private static String url(ServedContract.Operation op, String value) {
        String url = op.path();
        for (String numeric : op.numericPathParameters()) {
            url = url.replace("{" + numeric + "}", value);
        }
        return url.replaceAll("\\{[^}]+}", "X");
    }

    /** The request as the first caller let through; writes carry a body that could not be read. */
    private static Response send(ServedContract.Operation op, String url) {
        Response r = null;
        for (String caller : CALLERS) {
            r = ServedContract.withUnreadableBody(op, as(caller).urlEncodingEnabled(false)).request(op.method(), url);
            if (r.statusCode() != 401 && r.statusCode() != 403) {
                return r;
            }
        }
        return r;
    }
}
