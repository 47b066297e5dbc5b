package vn.ocop.registry.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every list that takes {@code q} or {@code sort}, as the served OpenAPI document lists them (so a new
 * list is covered without touching this test), answers hostile values with a 4xx problem or a 200:
 * never a 5xx, and a wildcard never matches every row. A NUL in any other of its parameters is a 400.
 */
@QuarkusTest
class ListQueryParamsTest {
    private static final String LONG = "a".repeat(5_000);
    /** Percent-encoded as sent on the wire; each must be a 400 naming the parameter. */
    private static final Map<String, String> REFUSED = new LinkedHashMap<>();
    /** LIKE wildcards and the escape character: a search for them finds nothing, a sort by them is refused. */
    private static final List<String> WILDCARDS = List.of("%25", "_", "%5C", "%25_%5C");

    static {
        REFUSED.put("NUL", "%00");
        REFUSED.put("control character", "a%1Bb");
        REFUSED.put("lone surrogate", "%ED%A0%80");
        REFUSED.put("invalid UTF-8", "%C3%28");
        REFUSED.put("5,000 characters", LONG);
        // 45 KB on the wire: still reaches the application (max-initial-line-length), so it gets a problem body.
        REFUSED.put("5,000 Vietnamese letters", "%E1%BA%A3".repeat(5_000));
    }

    private record ListOperation(String path, List<String> searchParams, boolean sort, boolean export,
            List<String> otherParams) {
    }

    private static List<ListOperation> listsFromOpenApi() {
        JsonPath doc = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<ListOperation> lists = new ArrayList<>();
        paths.forEach((path, operations) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> get = (Map<String, Object>) operations.get("get");
            if (get == null || get.get("parameters") == null) {
                return;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) get.get("parameters");
            List<String> names = parameters.stream().filter(p -> "query".equals(p.get("in")))
                    .map(p -> (String) p.get("name")).toList();
            List<String> search = names.stream().filter(n -> n.equals("q")).toList();
            if (!search.isEmpty() || names.contains("sort")) {
                lists.add(new ListOperation(path, search, names.contains("sort"), names.contains("format"),
                        names.stream().filter(n -> !n.equals("q") && !n.equals("sort")).toList()));
            }
        });
        return lists;
    }

    /** The path with its {@code {…}} parameters filled from the first row of the parent list, when there is one. */
    private static String concrete(String path) {
        int brace = path.indexOf('{');
        if (brace < 0) {
            return path;
        }
        String parent = path.substring(0, brace - 1);
        String param = path.substring(brace + 1, path.indexOf('}'));
        Response r = as(OFFICE).queryParam("size", 1).get(parent);
        String value = "1";
        if (r.statusCode() == 200 && r.contentType().startsWith("application/json")) {
            Object first = r.jsonPath().get("items[0]." + ("id".equals(param) || "code".equals(param) ? param : "id"));
            if (first == null) {
                first = r.jsonPath().get("items[0].code");
            }
            value = first == null ? value : first.toString();
        }
        return concrete(path.replace("{" + param + "}", value));
    }

    private static Response get(String path, boolean export, String param, String encoded) {
        var request = as(OFFICE).urlEncodingEnabled(false);
        if (export) {
            request = request.queryParam("format", "CSV");
        }
        return param == null ? request.get(path) : request.queryParam(param, encoded).get(path);
    }

    /** The rows a 200 answer holds: the list's total, or the CSV export's lines after the header. */
    private static long rows(Response r) {
        if (r.contentType().startsWith("text/csv")) {
            return new String(r.asByteArray(), StandardCharsets.UTF_8).split("\r\n").length - 1;
        }
        return r.jsonPath().getLong("total");
    }

    /** Why {@code r} is not a 4xx problem, or null. */
    private static String notAProblem(Response r) {
        if (r.statusCode() < 400 || r.statusCode() >= 500) {
            return "status " + r.statusCode();
        }
        return r.contentType().startsWith("application/problem+json") ? null : "content type " + r.contentType();
    }

    @Test
    void everyListAnswersHostileSearchAndSortValuesWithAProblemOrNoRows() {
        List<ListOperation> lists = listsFromOpenApi();
        assertTrue(lists.stream().filter(l -> !l.searchParams().isEmpty()).count() >= 15,
                "the OpenAPI document lists the searchable lists: " + lists);
        assertTrue(lists.stream().anyMatch(l -> l.path().equals("/api/v1/public/products")), lists.toString());
        List<String> usable = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (ListOperation list : lists) {
            String path = concrete(list.path());
            Response baseline = get(path, list.export(), null, null);
            boolean ok = baseline.statusCode() == 200;
            if (ok) {
                usable.add(path);
            } else if (notAProblem(baseline) != null) {
                failures.add(path + ": " + notAProblem(baseline));
            }
            List<String> params = new ArrayList<>(list.searchParams());
            if (list.sort()) {
                params.add("sort");
            }
            for (String param : params) {
                for (Map.Entry<String, String> value : REFUSED.entrySet()) {
                    String what = path + "?" + param + "=<" + value.getKey() + ">";
                    Response r = get(path, list.export(), param, value.getValue());
                    if (notAProblem(r) != null) {
                        failures.add(what + ": " + notAProblem(r));
                    } else if (ok && (r.statusCode() != 400 || !param.equals(r.jsonPath().getString("errors[0].field")))) {
                        failures.add(what + ": not a 400 naming " + param + ": " + r.asString());
                    } else if (r.asString().contains(LONG)) {
                        failures.add(what + ": the problem echoes the value");
                    }
                }
                for (String wildcard : WILDCARDS) {
                    String what = path + "?" + param + "=" + wildcard;
                    Response r = get(path, list.export(), param, wildcard);
                    if (!ok || param.equals("sort")) {
                        if (notAProblem(r) != null) {
                            failures.add(what + ": " + notAProblem(r));
                        }
                    } else if (r.statusCode() != 200) {
                        failures.add(what + ": status " + r.statusCode());
                    } else if (rows(r) != 0) {
                        failures.add(what + ": found " + rows(r) + " rows, the wildcard matched");
                    }
                }
            }
            // Every other filter refuses what the database cannot store, too.
            for (String param : list.otherParams()) {
                Response r = get(path, list.export(), param, REFUSED.get("NUL"));
                if (notAProblem(r) != null) {
                    failures.add(path + "?" + param + "=<NUL>: " + notAProblem(r));
                } else if (ok && (r.statusCode() != 400 || !param.equals(r.jsonPath().getString("errors[0].field")))) {
                    failures.add(path + "?" + param + "=<NUL>: not a 400 naming " + param + ": " + r.asString());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(usable.size() >= 15, "most lists answered 200 to a plain request: " + usable);
    }
}
