package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.as;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every POST, PUT and PATCH with a JSON body, as the served OpenAPI document lists them (a new endpoint is swept
 * without a change here), receives a valid-looking body with one hostile value in one field. Each must be refused
 * with 400 problem+json naming that field: refused while the body is read, before any lookup or write, so never
 * a 5xx and never a stored value.
 */
@QuarkusTest
class HostileBodiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "\"@@hostile@@\"";
    /** Callers tried in turn until one is let through to read the body (council members for score sheets). */
    private static final List<String> CALLERS = List.of(OFFICE, DC_TRAVINH, PC, DO_TRAVINH);

    enum Kind {
        TEXT, ENUM, WHOLE, NUMBER, BOOLEAN, DATE
    }

    /** A leaf of a generated body: where it is (JSON Pointer), its field as problems name it, what it holds. */
    record Leaf(String pointer, String field, Kind kind) {
    }

    /**
     * A hostile value as raw JSON bytes and the kinds of field it is put into: into every such field, or (the
     * variants, to keep the sweep quick) into the first such field of each body.
     */
    record Hostile(String label, byte[] json, List<Kind> into, boolean everyField, boolean fieldNamed) {
        static Hostile every(String label, String json, Kind... into) {
            return new Hostile(label, json.getBytes(StandardCharsets.UTF_8), List.of(into), true, true);
        }

        static Hostile once(String label, String json, Kind... into) {
            return new Hostile(label, json.getBytes(StandardCharsets.UTF_8), List.of(into), false, true);
        }
    }

    static final List<Hostile> HOSTILE = List.of(
            Hostile.every("NUL", "\"Ch\\u0000a\"", Kind.TEXT, Kind.ENUM),
            Hostile.every("lone high surrogate", "\"a\\ud800\"", Kind.TEXT),
            Hostile.every("true into a string", "true", Kind.TEXT, Kind.DATE),
            Hostile.every("beyond int64", "99999999999999999999999", Kind.WHOLE, Kind.NUMBER),
            Hostile.every("1e400", "1e400", Kind.WHOLE, Kind.NUMBER),
            Hostile.every("string into a number", "\"12\"", Kind.WHOLE, Kind.NUMBER, Kind.BOOLEAN),
            Hostile.every("date-time into a date", "\"2019-12-20T10:00:00\"", Kind.DATE),
            Hostile.every("year -0001", "\"-0001-01-01\"", Kind.DATE),
            Hostile.once("control character", "\"a\\u001bb\"", Kind.TEXT),
            Hostile.once("lone low surrogate", "\"\\udc00a\"", Kind.TEXT),
            Hostile.once("replacement character", "\"a\\ufffd\"", Kind.TEXT),
            new Hostile("invalid UTF-8", new byte[]{'"', 'C', 'h', (byte) 0xC3, '(', (byte) 0xFF, '"'},
                    List.of(Kind.TEXT), false, false),
            Hostile.once("number into a string", "12", Kind.TEXT, Kind.ENUM, Kind.DATE),
            Hostile.once("lone surrogate into an enum", "\"\\ud800\"", Kind.ENUM),
            Hostile.once("true into a number", "true", Kind.WHOLE, Kind.NUMBER),
            Hostile.once("string into a boolean", "\"true\"", Kind.BOOLEAN),
            Hostile.once("number into a boolean", "1", Kind.BOOLEAN),
            Hostile.once("year +10000", "\"+10000-01-01\"", Kind.DATE),
            Hostile.once("no such day", "\"2019-02-30\"", Kind.DATE));

    private JsonNode schemas;

    @Test
    void everyHostileValueInEveryFieldOfEveryBodyIsA400NamingTheField() throws Exception {
        JsonNode api = ServedContract.document();
        schemas = api.path("components").path("schemas");
        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        for (ServedContract.Operation op : ServedContract.operations(api)) {
            JsonNode schema = op.spec().path("requestBody").path("content").path("application/json").path("schema");
            if (!List.of("post", "put", "patch").contains(op.method()) || schema.isMissingNode()) {
                continue;
            }
            String method = op.method();
            operations++;
            String url = op.path().replaceAll("\\{[^}]+}", "1");
            String operation = method.toUpperCase() + " " + op.path();
            String caller = callerFor(method, url);
            if (caller == null) {
                failures.add(operation + ": no caller is let through to the body");
                continue;
            }
            List<Leaf> leaves = new ArrayList<>();
            JsonNode body = sample(schema, "", "", leaves, 0);
            Set<Hostile> sent = new HashSet<>();
            for (Leaf leaf : leaves) {
                for (Hostile hostile : HOSTILE) {
                    if (!hostile.into().contains(leaf.kind()) || !(hostile.everyField() || sent.add(hostile))) {
                        continue;
                    }
                    requests++;
                    Response r = send(caller, method, url, withHostile(body, leaf, hostile));
                    String problem = check(r, hostile.fieldNamed() ? leaf.field() : null);
                    if (problem != null) {
                        failures.add(operation + " " + leaf.field() + " ← " + hostile.label() + ": " + problem);
                    }
                }
            }
        }
        assertTrue(operations >= 40, "the OpenAPI document lists the JSON write operations (" + operations + ")");
        assertTrue(requests > 500, "hostile requests sent: " + requests);
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " hostile requests were not refused "
                + "as a 400 naming the field:\n" + String.join("\n", failures));
    }

    /** The sweep itself: an operation left out by the generator would make the test pass without trying it. */
    @Test
    void theSampleBodiesCoverEveryKindOfField() {
        schemas = JsonNodeFactory.instance.objectNode();
        ObjectNode schema = (ObjectNode) json("{'type':'object','properties':{'name':{'type':'string'},"
                + "'on':{'type':'string','format':'date'},'kind':{'type':'string','enum':['A','B']},"
                + "'n':{'type':['integer','null'],'format':'int64'},'q':{'type':'number'},'ok':{'type':'boolean'},"
                + "'lines':{'type':'array','items':{'type':'object','properties':{'unit':{'type':'string'}}}}}}");
        List<Leaf> leaves = new ArrayList<>();
        JsonNode body = sample(schema, "", "", leaves, 0);
        assertTrue(leaves.containsAll(List.of(new Leaf("/name", "name", Kind.TEXT), new Leaf("/on", "on", Kind.DATE),
                new Leaf("/kind", "kind", Kind.ENUM), new Leaf("/n", "n", Kind.WHOLE), new Leaf("/q", "q", Kind.NUMBER),
                new Leaf("/ok", "ok", Kind.BOOLEAN), new Leaf("/lines/0/unit", "lines[0].unit", Kind.TEXT))),
                leaves.toString());
        assertTrue(body.path("kind").asText().equals("A") && body.path("on").asText().matches("\\d{4}-\\d\\d-\\d\\d"),
                body.toString());
    }

    /** The first caller whose role lets the request reach the body: an array where an object is due is a 400. */
    private String callerFor(String method, String url) {
        for (String caller : CALLERS) {
            int status = send(caller, method, url, "[[[".getBytes(StandardCharsets.UTF_8)).statusCode();
            if (status != 401 && status != 403) {
                return caller;
            }
        }
        return null;
    }

    private static Response send(String caller, String method, String url, byte[] body) {
        return as(caller).header("If-Match", "\"0\"").header("Idempotency-Key", "hostile-" + System.nanoTime())
                .contentType("application/json").body(body).request(method, url);
    }

    /** Null when {@code r} is the expected refusal, else what is wrong with it. */
    private static String check(Response r, String field) {
        String type = r.contentType();
        if (r.statusCode() != 400 || type == null || !type.startsWith("application/problem+json")) {
            return r.statusCode() + " " + type + " " + abbreviate(r.asString());
        }
        if (field != null) {
            List<String> fields = r.jsonPath().getList("errors.field");
            if (fields == null || !fields.contains(field)) {
                return "400 without a field error for " + field + ": " + abbreviate(r.asString());
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    private static byte[] withHostile(JsonNode body, Leaf leaf, Hostile hostile) throws Exception {
        JsonNode copy = body.deepCopy();
        String parentPointer = leaf.pointer().substring(0, leaf.pointer().lastIndexOf('/'));
        String last = leaf.pointer().substring(leaf.pointer().lastIndexOf('/') + 1);
        JsonNode parent = parentPointer.isEmpty() ? copy : copy.at(parentPointer);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), MARK.substring(1, MARK.length() - 1));
        } else {
            ((ObjectNode) parent).put(last, MARK.substring(1, MARK.length() - 1));
        }
        byte[] json = JSON.writeValueAsBytes(copy);
        byte[] mark = MARK.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < json.length; i++) {
            if (startsWith(json, i, mark)) {
                out.write(hostile.json());
                i += mark.length - 1;
            } else {
                out.write(json[i]);
            }
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A valid-looking value for {@code schema} (its first example where it has one), noting its leaves. */
    private JsonNode sample(JsonNode schema, String pointer, String field, List<Leaf> leaves, int depth) {
        JsonNode s = resolve(schema);
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode example = s.path("examples").path(0);
        String type = typeOf(s);
        switch (type) {
            case "object" -> {
                ObjectNode node = f.objectNode();
                if (depth < 5) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> p = it.next();
                        if (p.getValue().path("readOnly").asBoolean(false)) {
                            continue;
                        }
                        node.set(p.getKey(), sample(p.getValue(), pointer + "/" + p.getKey(),
                                field.isEmpty() ? p.getKey() : field + "." + p.getKey(), leaves, depth + 1));
                    }
                }
                return node;
            }
            case "array" -> {
                ArrayNode node = f.arrayNode();
                if (depth < 5) {
                    node.add(sample(s.path("items"), pointer + "/0", field + "[0]", leaves, depth + 1));
                }
                return node;
            }
            case "integer" -> {
                leaves.add(new Leaf(pointer, field, Kind.WHOLE));
                return example.isIntegralNumber() ? example : f.numberNode(1);
            }
            case "number" -> {
                leaves.add(new Leaf(pointer, field, Kind.NUMBER));
                return example.isNumber() ? example : f.numberNode(1);
            }
            case "boolean" -> {
                leaves.add(new Leaf(pointer, field, Kind.BOOLEAN));
                return f.booleanNode(true);
            }
            case "string" -> {
                if (s.has("enum")) {
                    leaves.add(new Leaf(pointer, field, Kind.ENUM));
                    return s.path("enum").path(0);
                }
                if ("date".equals(s.path("format").asText())) {
                    leaves.add(new Leaf(pointer, field, Kind.DATE));
                    return f.textNode("2019-06-15");
                }
                if ("binary".equals(s.path("format").asText())) {
                    return f.nullNode();
                }
                leaves.add(new Leaf(pointer, field, Kind.TEXT));
                return f.textNode(example.isTextual() ? example.asText() : "Chả hoa");
            }
            default -> {
                return f.nullNode();
            }
        }
    }

    /** The schema with its $ref (and allOf of one) merged in; OpenAPI 3.1 puts siblings next to a $ref. */
    private JsonNode resolve(JsonNode schema) {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            merged.setAll((ObjectNode) resolve(schemas.path(name)));
        }
        for (JsonNode part : schema.path("allOf")) {
            merged.setAll((ObjectNode) resolve(part));
        }
        if (schema instanceof ObjectNode o) {
            merged.setAll(o);
        }
        merged.remove(List.of("$ref", "allOf"));
        return merged;
    }

    private static String typeOf(JsonNode s) {
        JsonNode type = s.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return s.has("properties") ? "object" : "";
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
