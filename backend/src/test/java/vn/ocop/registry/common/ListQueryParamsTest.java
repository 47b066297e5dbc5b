package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every list that takes {@code q} or {@code sort}, as the served OpenAPI document lists them ({@link ServedContract}, so a new
 * list is covered without touching this test), answers hostile values with a 4xx problem or a 200:
 * never a 5xx, and a wildcard never matches every row. A NUL in any other of its parameters is a 400.
 * The query parameters say their real types, and what the contract says of them is what the server does:
 * the documented bounds of numbers and the documented sort fields of each list.
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode contract() {
        return ServedContract.document();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(JsonNode node) {
        return JSON.convertValue(node, Map.class);
    }

    private static List<ListOperation> listsFromOpenApi() {
        List<ListOperation> lists = new ArrayList<>();
        for (GetOperation op : getOperations(contract())) {
            List<String> names = List.copyOf(op.query().keySet());
            List<String> search = names.stream().filter(n -> n.equals("q")).toList();
            if (!search.isEmpty() || names.contains("sort")) {
                lists.add(new ListOperation(op.path(), search, names.contains("sort"), names.contains("format"),
                        names.stream().filter(n -> !n.equals("q") && !n.equals("sort")).toList()));
            }
        }
        return lists;
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
            String path = ServedContract.concrete(list.path());
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

    /** Names that promise a number (a page, a count, a year, an id) or a date; an enumeration's names. */
    private static final Pattern NUMBER = Pattern.compile("page|size|stars|scale|year|[a-z]+Year|[a-z]+Days|[a-z]+Id");
    private static final Pattern DATE = Pattern.compile("date|[a-z]+On");
    private static final Pattern ENUMERATION = Pattern.compile("status|type|kind|level|outcome|format|[a-z]+Status|[a-z]+Type");
    private static final Pattern UNKNOWN_SORT = Pattern.compile("cannot sort by 'nosuchfield'; use one of (.*)");

    /** A GET operation of the served contract and its query parameters, by name in their order. */
    private record GetOperation(String path, Map<String, Map<String, Object>> query) {
    }

    private static List<GetOperation> getOperations(JsonNode doc) {
        List<GetOperation> gets = new ArrayList<>();
        for (ServedContract.Operation op : ServedContract.operations(doc)) {
            if (op.method().equals("get") && op.spec().has("parameters")) {
                Map<String, Map<String, Object>> query = new LinkedHashMap<>();
                op.queryParameters().forEach((name, p) -> query.put(name, asMap(p)));
                gets.add(new GetOperation(op.path(), query));
            }
        }
        return gets;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(JsonNode doc, Map<String, Object> parameter) {
        Map<String, Object> schema = (Map<String, Object>) parameter.getOrDefault("schema", Map.of());
        if (schema.get("allOf") instanceof List<?> parts) {
            schema = (Map<String, Object>) parts.get(0);
        }
        if (schema.get("$ref") instanceof String ref) {
            schema = asMap(doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        return schema;
    }

    @Test
    void everyQueryParameterThatNamesANumberADateOrAChoiceSaysSo() {
        JsonNode doc = contract();
        List<String> failures = new ArrayList<>();
        int typed = 0;
        for (GetOperation op : getOperations(doc)) {
            for (Map.Entry<String, Map<String, Object>> p : op.query().entrySet()) {
                String name = p.getKey();
                Map<String, Object> schema = schema(doc, p.getValue());
                String what = op.path() + "?" + name + ": " + schema;
                if (NUMBER.matcher(name).matches()) {
                    typed++;
                    if (!"integer".equals(schema.get("type")) || !Set.of("int32", "int64").contains(schema.get("format"))
                            || schema.get("minimum") == null) {
                        failures.add(what + " is not an integer with a format and a minimum");
                    }
                } else if (DATE.matcher(name).matches()) {
                    typed++;
                    if (!"string".equals(schema.get("type")) || !"date".equals(schema.get("format"))) {
                        failures.add(what + " is not a date");
                    }
                } else if (ENUMERATION.matcher(name).matches()) {
                    typed++;
                    if (!(schema.get("enum") instanceof List<?> values) || values.isEmpty()) {
                        failures.add(what + " lists no values");
                    }
                } else if (name.equals("sort")) {
                    typed++;
                    if (schema.get("pattern") == null || p.getValue().get("x-sort-fields") == null) {
                        failures.add(what + " names no sort fields");
                    }
                }
            }
        }
        // Operations other than GET take only switches (an import's dryRun); a new kind must be covered here first.
        for (ServedContract.Operation op : ServedContract.operations(doc)) {
            if (!op.method().equals("get")) {
                op.queryParameters().forEach((name, p) -> {
                    if (!"boolean".equals(p.path("schema").path("type").asText())) {
                        failures.add(op + " " + name + " is not a boolean");
                    }
                });
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(typed >= 150, "the contract's numbers, dates, choices and sorts were found: " + typed);
    }

    /** Why {@code r} is not a 400 naming {@code param}, or null. */
    private static String notA400Naming(Response r, String param) {
        if (r.statusCode() != 400 || !r.contentType().startsWith("application/problem+json")) {
            return "status " + r.statusCode();
        }
        List<String> fields = r.jsonPath().getList("errors.field");
        return fields != null && fields.contains(param) ? null : "a 400 naming " + fields;
    }

    /**
     * A request for the operation with its required query parameters set to their examples, one item a page and
     * exports as CSV (cheap to answer), but for the parameter {@code except} under test.
     */
    private static RequestSpecification request(GetOperation op, String except) {
        RequestSpecification request = as(OFFICE).urlEncodingEnabled(false);
        for (Map.Entry<String, Map<String, Object>> p : op.query().entrySet()) {
            String name = p.getKey();
            if (name.equals(except)) {
                continue;
            }
            if (Boolean.TRUE.equals(p.getValue().get("required"))) {
                request = request.queryParam(name, String.valueOf(p.getValue().get("example")));
            } else if (name.equals("size")) {
                request = request.queryParam(name, 1);
            } else if (name.equals("format")) {
                request = request.queryParam(name, "CSV");
            }
        }
        return request;
    }

    @Test
    void theDocumentedBoundsOfNumbersAndDatesAreTheServers() {
        JsonNode doc = contract();
        List<String> failures = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        for (GetOperation op : getOperations(doc)) {
            String path = ServedContract.concrete(op.path());
            if (request(op, null).get(path).statusCode() != 200) {
                unreachable.add(path);
                continue;
            }
            for (Map.Entry<String, Map<String, Object>> p : op.query().entrySet()) {
                String name = p.getKey();
                Map<String, Object> schema = schema(doc, p.getValue());
                List<String> accepted = new ArrayList<>();
                List<String> refused = new ArrayList<>();
                if ("integer".equals(schema.get("type"))) {
                    long min = ((Number) schema.get("minimum")).longValue();
                    accepted.add(String.valueOf(min));
                    refused.add(String.valueOf(min - 1));
                    if (schema.get("maximum") instanceof Number max) {
                        accepted.add(String.valueOf(max.longValue()));
                        refused.add(String.valueOf(max.longValue() + 1));
                    }
                    refused.add("1.5");
                } else if ("date".equals(schema.get("format"))) {
                    accepted.add("2019-12-31");
                    refused.addAll(List.of("2019-02-30", "2019-12-31T00:00:00"));
                } else {
                    continue;
                }
                checked.add(path + "?" + name);
                // An allowed value is parsed; an id may still name nothing (404).
                for (String value : accepted) {
                    Response r = request(op, name).queryParam(name, value).get(path);
                    if (r.statusCode() >= 500 || notA400Naming(r, name) == null) {
                        failures.add(path + "?" + name + "=" + value + " (documented as allowed): status " + r.statusCode());
                    }
                }
                for (String value : refused) {
                    String why = notA400Naming(request(op, name).queryParam(name, value).get(path), name);
                    if (why != null) {
                        failures.add(path + "?" + name + "=" + value + " (documented as refused): " + why);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(checked.size() >= 80, "most numbers and dates were tried: " + checked + "; unreachable: " + unreachable);
    }

    @Test
    void everyListDocumentsExactlyTheSortFieldsTheServerAccepts() {
        JsonNode doc = contract();
        List<String> failures = new ArrayList<>();
        List<String> sorted = new ArrayList<>();
        for (GetOperation op : getOperations(doc)) {
            Map<String, Object> sort = op.query().get("sort");
            if (sort == null) {
                continue;
            }
            String path = ServedContract.concrete(op.path());
            @SuppressWarnings("unchecked")
            List<String> documented = (List<String>) sort.getOrDefault("x-sort-fields", List.of());
            // The server names every field it accepts when refusing one.
            Response refused = request(op, "sort").queryParam("sort", "nosuchfield").get(path);
            String why = notA400Naming(refused, "sort");
            Matcher accepted = UNKNOWN_SORT.matcher(why == null ? refused.jsonPath().getString("errors[0].message") : "");
            if (!accepted.matches()) {
                failures.add(path + "?sort=nosuchfield: " + (why == null ? refused.asString() : why));
            } else if (!new TreeSet<>(Arrays.asList(accepted.group(1).split(", "))).equals(new TreeSet<>(documented))) {
                failures.add(path + ": documents " + documented + ", the server accepts " + accepted.group(1));
            }
            if (request(op, null).get(path).statusCode() != 200) {
                continue;
            }
            sorted.add(path);
            Pattern pattern = Pattern.compile((String) schema(doc, sort).get("pattern"));
            for (String field : documented) {
                for (String value : List.of(field, "-" + field)) {
                    Response r = request(op, "sort").queryParam("sort", value).get(path);
                    if (r.statusCode() != 200 || !pattern.matcher(value).matches()) {
                        failures.add(path + "?sort=" + value + ": status " + r.statusCode() + ", pattern " + pattern);
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(sorted.size() >= 25, "most lists were sorted by each of their fields: " + sorted);
    }
}
