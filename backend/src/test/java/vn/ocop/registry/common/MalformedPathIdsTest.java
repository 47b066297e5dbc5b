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
 * Every numeric path parameter of every operation, as the served OpenAPI document lists them, refuses what can
 * never be an id with a 400 problem naming the parameter, whoever asks and whatever the method; a well-formed id
 * that names nothing stays a 404.
 */
@QuarkusTest
class MalformedPathIdsTest {
    private static final List<String> MALFORMED = List.of("abc", "1.5", "1e3", "99999999999999999999", "0", "-1",
            "%20");
    private static final String ABSENT = "999999999";
    /** Callers tried in turn until one is let through (council members for score sheets). */
    private static final List<String> CALLERS = List.of(OFFICE, PC, DC_TRAVINH, DO_TRAVINH);

    @Test
    void everyMalformedIdIsA400NamingItsParameter() {
        List<String> failures = new ArrayList<>();
        int swept = 0;
        for (ServedContract.Operation op : ServedContract.operations()) {
            for (String param : op.numericPathParameters()) {
                for (String value : MALFORMED) {
                    swept++;
                    String url = url(op, param, value);
                    Response r = send(op, url);
                    String type = r.contentType();
                    List<String> fields = type.startsWith("application/problem+json")
                            ? r.jsonPath().getList("errors.field")
                            : null;
                    if (r.statusCode() != 400 || fields == null || !fields.equals(List.of(param))) {
                        failures.add(op + " with " + param + "=" + value + ": " + r.statusCode() + " " + type + " "
                                + r.asString());
                    }
                }
            }
        }
        assertTrue(swept >= 80 * MALFORMED.size(), "numeric path parameters swept: " + swept / MALFORMED.size());
        assertTrue(failures.isEmpty(), failures.size() + " failed, e.g.:\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }

    @Test
    void aWellFormedIdThatNamesNothingIsStillA404() {
        List<String> failures = new ArrayList<>();
        int swept = 0;
        for (ServedContract.Operation op : ServedContract.operations()) {
            if (!op.method().equals("get") || op.numericPathParameters().isEmpty() || op.path().contains("{code}")) {
                continue;
            }
            swept++;
            Response r = send(op, url(op, null, ABSENT));
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

    /** The operation's address with {@code value} in {@code param} (in every numeric parameter when null). */
    private static String url(ServedContract.Operation op, String param, String value) {
        String url = op.path();
        for (String numeric : op.numericPathParameters()) {
            url = url.replace("{" + numeric + "}", param == null || param.equals(numeric) ? value : "1");
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
