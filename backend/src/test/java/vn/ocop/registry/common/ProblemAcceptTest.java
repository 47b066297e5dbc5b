package vn.ocop.registry.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * A client that lists application/problem+json in Accept, alone or with others, is served wherever the contract
 * offers it: generated clients send it alone for a DELETE, whose 204 leaves only the problem media type.
 */
@QuarkusTest
class ProblemAcceptTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String ABSENT = "999999999";

    /** Every operation, with ids that name nothing and bodies that cannot be read, so nothing changes. */
    @Test
    void noOperationAnswers406ToAClientThatAcceptsProblems() {
        List<String> failures = new ArrayList<>();
        int swept = 0;
        for (ServedContract.Operation op : ServedContract.operations()) {
            String url = op.path();
            for (String numeric : op.numericPathParameters()) {
                url = url.replace("{" + numeric + "}", ABSENT);
            }
            url = url.replaceAll("\\{[^}]+}", "NOSUCHCODE");
            for (String accept : List.of(PROBLEM, "application/json, " + PROBLEM)) {
                swept++;
                Response r = ServedContract.withUnreadableBody(op, as(OFFICE).accept(accept)).request(op.method(), url);
                String type = r.contentType();
                if (r.statusCode() == 406 || (r.statusCode() >= 400 && !type.startsWith(PROBLEM))) {
                    failures.add(op + " (Accept: " + accept + "): " + r.statusCode() + " " + type);
                }
            }
        }
        assertTrue(swept >= 2 * 120, "operations swept: " + swept / 2);
        assertTrue(failures.isEmpty(), failures.size() + " failed, e.g.:\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }

    @Test
    void aDeleteThatAcceptsOnlyProblemsIsDone() {
        Response created = as(OFFICE).body(TestData.producer(TRAVINH, "Cơ sở Xoá " + TestData.marker()))
                .post("/api/v1/producers").then().statusCode(201).extract().response();
        String producer = "/api/v1/producers/" + created.jsonPath().getLong("id");
        as(OFFICE).accept(PROBLEM).get(producer).then().statusCode(200).contentType(startsWith("application/json"))
                .body("id", equalTo(created.jsonPath().getInt("id")));
        as(OFFICE).accept(PROBLEM).header("If-Match", created.header("ETag")).delete(producer).then().statusCode(204);
        as(OFFICE).accept(PROBLEM).get(producer).then().statusCode(404).contentType(startsWith(PROBLEM));
    }

    @Test
    void filesAreServedToAClientThatAcceptsProblems() {
        as(OFFICE).accept(PROBLEM).queryParam("format", "CSV").get("/api/v1/producers/export").then().statusCode(200)
                .contentType(startsWith("text/csv"));
        as(OFFICE).accept("text/csv, " + PROBLEM).queryParam("format", "CSV").get("/api/v1/producers/export").then()
                .statusCode(200).contentType(startsWith("text/csv"));
    }

    /** Acceptance of problems is not acceptance of anything: what no operation offers is still refused. */
    @Test
    void aMediaTypeNobodyOffersIsStill406() {
        as(OFFICE).accept("application/xml").get("/api/v1/producers").then().statusCode(406)
                .contentType(startsWith(PROBLEM));
        as(OFFICE).accept("application/xml, " + PROBLEM + ";q=0").get("/api/v1/producers").then().statusCode(406);
    }
}
