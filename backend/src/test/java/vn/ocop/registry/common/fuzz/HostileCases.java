package vn.ocop.registry.common.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.ocop.registry.common.RequestBodyMapper;
import vn.ocop.registry.common.ServedContract;

/**
 * Hostile requests generated from the OpenAPI document, reproducible from a seed. Every request body, upload, query
 * parameter and path parameter of every operation is a point of attack; cases are dealt round-robin over the
 * points (so each gets its share) and each case draws a category and a mutation from a {@link SplittableRandom}.
 * <p>
 * Bodies are mutated from a valid-looking sample built from the operation's schema and examples, so that cases reach
 * bean validation, not only the parser. A case is <em>refused</em> by construction: each carries at least one value
 * the contract or the server's documented text and date rules forbid. A hostile value that could be valid (an emoji,
 * decomposed Vietnamese, a LIKE wildcard in free text) is padded beyond its field's maxLength, or put where only an
 * enumeration, a date or an id is allowed. Only query parameters of GETs may be <em>tolerated</em>: a search for
 * {@code %} is a search that finds nothing, not an error.
 */
public final class HostileCases {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String MARK = "@@hostile@@";

    public enum Category {
        MALFORMED_JSON, TRUNCATED_JSON, WRONG_TYPE, NULL, HUGE, DEEP_NESTING, UNICODE, NUMBER_OVERFLOW, IMPOSSIBLE_DATE, SQL_LIKE, UPLOAD, CONTENT_TYPE, ACCEPT
    }

    /** What the server must answer: a 4xx problem, or (GET query values that may be valid) also a success. */
    public enum Expect {
        REFUSED, TOLERATED
    }

    /** A request as sent: {@code url} is the raw path and query (already percent-encoded); a null body sends none. */
    public record Request(String method, String url, Map<String, String> headers, byte[] body) {
    }

    /**
     * One hostile case: what it attacks and how, and the field a 400 must name when the mutation is one value of a
     * field that the reader refuses by itself (null when the refusal may name something else).
     */
    public record Case(int number, Category category, String target, String what, Request request, Expect expect,
            String field) {
        @Override
        public String toString() {
            return "#" + number + " " + category + " " + target + " ← " + what;
        }
    }

    /**
     * An operation ready to attack: the caller's headers (token, If-Match), the values of its path parameters that
     * name existing rows, and the required query parameters that a plain request needs.
     */
    public record Target(ServedContract.Operation op, Map<String, String> headers, Map<String, String> pathValues,
            Map<String, String> query) {
        String url(Map<String, String> path, Map<String, String> params) {
            String url = op.path();
            for (Map.Entry<String, String> p : path.entrySet()) {
                url = url.replace("{" + p.getKey() + "}", p.getValue());
            }
            StringBuilder q = new StringBuilder();
            params.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=').append(v));
            return url + q;
        }

        String url() {
            Map<String, String> encoded = new LinkedHashMap<>();
            query.forEach((k, v) -> encoded.put(k, encode(v)));
            return url(pathValues, encoded);
        }
    }

    enum Kind {
        TEXT, ENUM, WHOLE, NUMBER, BOOLEAN, DATE, OBJECT, ARRAY
    }

    /** A node of a sample body: where it is (JSON Pointer), its field as problems name it, its kind and schema. */
    record Leaf(String pointer, String field, Kind kind, JsonNode schema, boolean required) {
        int maxLength() {
            return schema.path("maxLength").asInt(-1);
        }

        /** Free text whose length limit makes a too-long value invalid whatever it holds. */
        boolean boundedText() {
            return kind == Kind.TEXT && maxLength() > 0;
        }

        boolean nullable() {
            JsonNode type = schema.path("type");
            return type.isArray() && type.toString().contains("\"null\"") || schema.path("nullable").asBoolean(false);
        }
    }

    private final JsonNode schemas;
    private final SplittableRandom random;
    private final List<Point> points = new ArrayList<>();
    private int dealt;

    /** The cases for {@code targets}, drawn from {@code seed}: the same seed and targets give the same cases. */
    public HostileCases(JsonNode contract, long seed, List<Target> targets) {
        this.schemas = contract.path("components").path("schemas");
        this.random = new SplittableRandom(seed);
        for (Target t : targets) {
            List<String> media = t.op().requestMediaTypes();
            // A body: each of its fields, and the body as a whole three times (framing, syntax, media types).
            if (media.contains("application/json")) {
                for (Leaf leaf : sample(t).leaves()) {
                    points.add(new Point(t, "body", leaf.pointer()));
                }
                for (int i = 0; i < 3; i++) {
                    points.add(new Point(t, "body", null));
                }
            }
            // Uploads come in many kinds of file: four shares each.
            for (int i = 0; i < 4 && media.contains("multipart/form-data"); i++) {
                points.add(new Point(t, "upload", null));
            }
            if (t.op().method().equals("get")) {
                points.add(new Point(t, "accept", null));
            }
            t.op().queryParameters().keySet().forEach(name -> points.add(new Point(t, "query", name)));
            for (JsonNode p : t.op().spec().path("parameters")) {
                if ("path".equals(p.path("in").asText())) {
                    points.add(new Point(t, "path", p.path("name").asText()));
                }
            }
        }
    }

    /** A point of attack: one operation's body, upload, Accept header, or one of its parameters. */
    private record Point(Target target, String kind, String param) {
    }

    /** How many points of attack the targets have: cases are dealt over them in turn. */
    public int points() {
        return points.size();
    }

    /** The next case: made when asked, so that a long run never holds its bodies (some of 10 MiB) at once. */
    public Case next() {
        Point point = points.get(dealt++ % points.size());
        return switch (point.kind()) {
            case "body" -> body(point.target(), point.param());
            case "upload" -> upload(point.target());
            case "accept" -> accept(point.target(), null, null);
            case "query" -> query(point.target(), point.param());
            default -> path(point.target(), point.param());
        };
    }

    // ---------------------------------------------------------------------------------------------------- bodies

    private static final List<String> REFUSED_TEXT = List.of("\"Ch\\u0000a\"", "\"a\\u0007b\"", "\"\\u001b[31m\"",
            "\"a\\u007fb\"", "\"a\\ud800\"", "\"\\udc00a\"", "\"\\udbff\\ud800\"", "\"a\\ufffd\"", "\"\\u0000\"");
    /** Bytes that are not UTF-8 inside a JSON string: a bad continuation, 0xFF, an overlong NUL, a CESU surrogate. */
    private static final List<byte[]> NOT_UTF8 = List.of(new byte[]{'"', 'C', 'h', (byte) 0xC3, '(', '"'},
            new byte[]{'"', (byte) 0xFF, 'a', '"'}, new byte[]{'"', 'a', (byte) 0xC0, (byte) 0x80, '"'},
            new byte[]{'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, new byte[]{'"', 'h', (byte) 0xE1, (byte) 0xBA, '"'});
    /** Text that may well be valid: it is made invalid by where it goes or by padding beyond maxLength. */
    static final List<String> ODD_TEXT = List.of("Cha\u0309 hoa", "Chả hoa", "Ch\u200Ba\u200D\uFEFF", "\u2060x\u00AD",
            "🍵🥭", "👨‍👩‍👧‍👦", "🇻🇳", "👍🏽", "\u202Eaoh ahC", "مرحبا", "שלום", "\u200Fא\u200E", "Z̷̢̛a̵͎l̶g̴o̸",
            "𠜎𠜱", "Ｃｈａ", "ǅ", "İı", "ß", "\u00A0\u3000", "\u2028\u2029");
    static final List<String> SQL_LIKE = List.of("%", "_", "\\", "'", ";--", "%_\\", "' OR '1'='1", "'; DROP TABLE producer;--",
            "\" OR \"\"=\"", "1; SELECT pg_sleep(5)--", "$$", "\\%\\_", "%' ESCAPE '", "*", "?", "[a-z]", ".*", "(?i)",
            "admin'--", "\\\\x00", "' UNION SELECT 1,2--", "{\"$gt\":\"\"}");
    private static final List<String> IMPOSSIBLE_DATES = List.of("2023-02-30", "2019-02-29", "0000-00-00", "0000-01-01",
            "99999-01-01", "+99999-01-01", "-0001-01-01", "2019-13-01", "2019-00-10", "2019-04-31", "2019-12-32",
            "2019-1-5", "20191231", "2019-12-31T00:00:00Z", "2019-12-31T10:00:00", "31/12/2019", "", "2019-12-31 ",
            "９９９９-01-01", "2019‐12‐31");
    private static final List<String> OVERFLOW = List.of("1e400", "-1e400", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999", "1.0", "1e2", "0.5", "1E+19", "\"NaN\"", "\"Infinity\"",
            "\"-Infinity\"", "\"1e400\"");

    /** A body's valid-looking sample and its nodes. */
    record Sample(JsonNode body, List<Leaf> leaves) {
    }

    private final Map<ServedContract.Operation, Sample> samples = new java.util.HashMap<>();

    Sample sample(Target t) {
        return samples.computeIfAbsent(t.op(), op -> {
            List<Leaf> leaves = new ArrayList<>();
            JsonNode body = sample(op.spec().path("requestBody").path("content").path("application/json")
                    .path("schema"), "", "", true, leaves, 0);
            return new Sample(body, List.copyOf(leaves));
        });
    }

    /** A case against the field at {@code pointer}, or against the body as a whole when it is null. */
    private Case body(Target t, String pointer) {
        JsonNode sample = sample(t).body();
        List<Leaf> all = sample(t).leaves();
        List<Leaf> leaves = all.stream().filter(l -> l.pointer().equals(pointer)).toList();
        List<Leaf> scalars = leaves.stream().filter(l -> l.kind() != Kind.OBJECT && l.kind() != Kind.ARRAY).toList();
        List<Category> categories = new ArrayList<>();
        if (pointer == null) {
            categories.addAll(List.of(Category.MALFORMED_JSON, Category.TRUNCATED_JSON, Category.CONTENT_TYPE,
                    Category.ACCEPT, Category.NULL, Category.HUGE, Category.DEEP_NESTING));
        } else {
            Kind kind = leaves.get(0).kind();
            categories.addAll(List.of(Category.WRONG_TYPE, Category.HUGE, Category.DEEP_NESTING, Category.UNICODE,
                    Category.SQL_LIKE));
            if (leaves.get(0).required() && !leaves.get(0).nullable()) {
                categories.add(Category.NULL);
            }
            if (kind == Kind.WHOLE || kind == Kind.NUMBER) {
                categories.add(Category.NUMBER_OVERFLOW);
            }
            if (kind == Kind.DATE) {
                categories.add(Category.IMPOSSIBLE_DATE);
            }
        }
        Category category = pick(categories);
        String target = t.op().toString();
        byte[] json = bytes(sample);
        switch (category) {
            case MALFORMED_JSON -> {
                return malformed(t, json);
            }
            case TRUNCATED_JSON -> {
                int at = random.nextInt(json.length);
                return jsonCase(t, category, "the first " + at + " of " + json.length + " bytes",
                        java.util.Arrays.copyOf(json, at), null);
            }
            case WRONG_TYPE -> {
                Leaf leaf = leaves.get(0);
                String value = pick(wrongTypes(leaf.kind()));
                boolean scalar = leaf.kind() != Kind.OBJECT && leaf.kind() != Kind.ARRAY;
                return jsonCase(t, category, leaf.field() + " = " + value, with(sample, leaf, bytes(value)),
                        scalar ? leaf.field() : null);
            }
            case NULL -> {
                if (leaves.isEmpty()) {
                    return jsonCase(t, category, "null for the body", bytes("null"), null);
                }
                Leaf leaf = leaves.get(0);
                return jsonCase(t, category, leaf.field() + " = null (required)", with(sample, leaf, bytes("null")),
                        leaf.field());
            }
            case HUGE -> {
                return huge(t, sample, all, leaves);
            }
            case DEEP_NESTING -> {
                int depth = 1_001 + random.nextInt(random.nextInt(10) == 0 ? 100_000 : 5_000);
                boolean arrays = random.nextBoolean();
                String nested = arrays
                        ? "[".repeat(depth) + "1" + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                if (leaves.isEmpty()) {
                    return jsonCase(t, category, (arrays ? "arrays" : "objects") + " nested " + depth + " deep",
                            bytes(nested), null);
                }
                Leaf leaf = leaves.get(0);
                return jsonCase(t, category, leaf.field() + " = " + (arrays ? "arrays" : "objects") + " nested " + depth
                        + " deep", with(sample, leaf, bytes(nested)), null);
            }
            case UNICODE -> {
                return unicode(t, sample, leaves, scalars);
            }
            case NUMBER_OVERFLOW -> {
                Leaf leaf = scalars.get(0);
                String value = leaf.kind() == Kind.NUMBER ? overflowNumber(leaf) : overflowWhole(leaf);
                return jsonCase(t, category, leaf.field() + " = " + value, with(sample, leaf, bytes(value)),
                        leaf.field());
            }
            case IMPOSSIBLE_DATE -> {
                String date = pick(IMPOSSIBLE_DATES);
                Leaf leaf = scalars.get(0);
                return jsonCase(t, category, leaf.field() + " = " + date, with(sample, leaf, bytes(quote(date))),
                        leaf.field());
            }
            case SQL_LIKE -> {
                return odd(t, sample, leaves, category, pick(SQL_LIKE));
            }
            case CONTENT_TYPE -> {
                Case broken = refusedBody(t, sample, all);
                String type = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded", "",
                        "application/json; charset=nonsense", "application/json; charset=UTF-16",
                        "multipart/form-data", "multipart/form-data; boundary=x", "application/json;;;", "*/*",
                        "application/*", "text/json", "application/merge-patch+json", "application/javascript",
                        "application/json; charset=\"", "application/octet-stream", "image/png", "json"));
                byte[] body = switch (type) {
                    case "application/xml" -> bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                            + "\"file:///etc/passwd\">]><x>&e;</x>");
                    case "application/x-www-form-urlencoded" -> bytes("name=Ch%E1%BA%A3+hoa&type=COOPERATIVE");
                    default -> broken.request().body();
                };
                Map<String, String> headers = new LinkedHashMap<>(broken.request().headers());
                headers.remove("Content-Type");
                if (!type.isEmpty()) {
                    headers.put("Content-Type", type);
                }
                return new Case(dealt, category, target, "Content-Type '" + type + "', " + broken.what(),
                        new Request(t.op().method().toUpperCase(), broken.request().url(), headers, body),
                        Expect.REFUSED, null);
            }
            default -> {
                Case broken = refusedBody(t, sample, all);
                return accept(t, broken.request(), broken.what());
            }
        }
    }

    private static final List<String> MALFORMED_TAILS = List.of("}", "x", "{}", ",", "]", "\u0000", "//", "/*",
            "{\"name\":\"a\"}", "\n[1]");

    private Case malformed(Target t, byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        int kind = random.nextInt(9);
        String what;
        String out;
        switch (kind) {
            case 0 -> {
                // After a structural character, never inside a string: "nạc, gói" takes a ':' and stays valid JSON.
                List<Integer> at = new ArrayList<>();
                boolean inString = false;
                boolean escaped = false;
                for (int i = 1; i < text.length(); i++) {
                    char previous = text.charAt(i - 1);
                    if (escaped) {
                        escaped = false;
                    } else if (inString && previous == '\\') {
                        escaped = true;
                    } else if (previous == '"') {
                        inString = !inString;
                    } else if (!inString && "{[,:".indexOf(previous) >= 0 && previous != text.charAt(i)) {
                        at.add(i);
                    }
                }
                int i = at.isEmpty() ? 1 : pick(at);
                String insert = pick(List.of(",", ":"));
                what = "'" + insert + "' inserted at " + i;
                out = text.substring(0, i) + insert + text.substring(i);
            }
            case 1 -> {
                what = "single quotes";
                out = text.replace('"', '\'');
                if (!out.contains("'")) {
                    out = "{'a':1}";
                }
            }
            case 2 -> {
                String literal = pick(List.of("NaN", "Infinity", "-Infinity", "undefined", "0x1F", "01", "+1", ".5",
                        "1.", "True", "nul", "'x'", "\"\\x41\"", "\"\\u12\"", "\"a\\qb\""));
                what = "the literal " + literal;
                out = text.startsWith("{\"") && text.contains(":")
                        ? text.substring(0, text.indexOf(':') + 1) + literal + "," + text.substring(text.indexOf(':') + 1)
                        : "{\"a\":" + literal + "}";
            }
            case 3 -> {
                what = "a comment";
                out = text.substring(0, 1) + "/* x */" + text.substring(1);
            }
            case 4 -> {
                String tail = pick(MALFORMED_TAILS);
                what = "trailing " + JSON.valueToTree(tail);
                out = text + tail;
            }
            case 5 -> {
                what = "a trailing comma";
                out = text.endsWith("}") && text.length() > 2 ? text.substring(0, text.length() - 1) + ",}" : "[1,]";
            }
            case 6 -> {
                what = "an unescaped control character in a string";
                int quote = text.indexOf('"');
                char c = pick(List.of('\n', '\t', '\u0000', '\u0001', '\r'));
                out = quote < 0 ? "\"a" + c + "\"" : text.substring(0, quote + 1) + c + text.substring(quote + 1);
            }
            case 7 -> {
                what = pick(List.of("empty", "blank", "a byte order mark alone"));
                out = switch (what) {
                    case "empty" -> "";
                    case "blank" -> " \r\n\t ";
                    default -> "\uFEFF";
                };
            }
            default -> {
                what = "an unclosed string";
                out = "{\"" + (text.length() > 3 ? text.substring(2, Math.min(text.length(), 20)) : "a");
                if (out.indexOf('"', 2) >= 0) {
                    out = out.substring(0, out.indexOf('"', 2) + 1) + ":\"abc";
                }
            }
        }
        return jsonCase(t, Category.MALFORMED_JSON, what, bytes(out), null);
    }

    private Case huge(Target t, JsonNode sample, List<Leaf> all, List<Leaf> leaves) {
        List<Leaf> bounded = leaves.stream().filter(l -> l.kind() == Kind.TEXT || l.kind() == Kind.ENUM
                || l.kind() == Kind.DATE).toList();
        List<Leaf> arrays = leaves.stream().filter(l -> l.kind() == Kind.ARRAY && l.schema().has("maxItems")).toList();
        if (leaves.isEmpty() && random.nextInt(4) == 0) {
            // Beyond the server's 10 MiB body limit: refused before anything reads it.
            Case refused = refusedBody(t, sample, all);
            byte[] json = refused.request().body();
            int size = 10 * 1024 * 1024 + 1 + random.nextInt(1024);
            byte[] body = new byte[size];
            java.util.Arrays.fill(body, (byte) ' ');
            System.arraycopy(json, 0, body, 0, json.length);
            return jsonCase(t, Category.HUGE, "a body of " + size + " bytes (" + refused.what() + ")", body, null);
        }
        if (!arrays.isEmpty()) {
            Leaf leaf = pick(arrays);
            int n = leaf.schema().path("maxItems").asInt() + 1 + random.nextInt(random.nextInt(5) == 0 ? 60_000 : 50);
            JsonNode item = sample.at(leaf.pointer()).path(0);
            ArrayNode many = F.arrayNode();
            for (int i = 0; i < n; i++) {
                many.add(item.deepCopy());
            }
            byte[] body = with(sample, leaf, bytes(many));
            // Beyond what the server reads of a body: a 413 before any field is looked at (RequestBodyMapper).
            return jsonCase(t, Category.HUGE, leaf.field() + " with " + n + " items (maxItems "
                    + leaf.schema().path("maxItems") + ")", body,
                    jsonValues(body) > RequestBodyMapper.MAX_VALUES ? null : leaf.field());
        }
        if (bounded.isEmpty() && leaves.size() == 1) {
            Leaf leaf = leaves.get(0);
            String value = leaf.kind() == Kind.WHOLE || leaf.kind() == Kind.NUMBER
                    ? "9".repeat(2_000 + random.nextInt(
                            100_000))
                    : quote(letters(1_000 + random.nextInt(100_000)));
            return jsonCase(t, Category.HUGE, leaf.field() + " = " + value.length() + " characters",
                    with(sample, leaf, bytes(value)), null);
        }
        if (bounded.isEmpty()) {
            StringBuilder many = new StringBuilder("[");
            int n = 10_000 + random.nextInt(100_000);
            for (int i = 0; i < n; i++) {
                many.append(i == 0 ? "" : ",").append(i);
            }
            return jsonCase(t, Category.HUGE, "an array of " + n + " numbers for the body", bytes(many + "]"), null);
        }
        Leaf leaf = pick(bounded);
        int max = leaf.kind() == Kind.TEXT ? leaf.maxLength() : 40;
        int length = max + 1 + random.nextInt(random.nextInt(8) == 0 ? 1_000_000 : 100);
        String text = letters(length);
        return jsonCase(t, Category.HUGE, leaf.field() + " of " + length + " characters (maxLength " + max + ")",
                with(sample, leaf, bytes(quote(text))), leaf.field());
    }

    private Case unicode(Target t, JsonNode sample, List<Leaf> leaves, List<Leaf> scalars) {
        List<Leaf> texts = scalars.stream().filter(l -> l.kind() == Kind.TEXT || l.kind() == Kind.ENUM).toList();
        int choice = random.nextInt(3);
        if (texts.isEmpty() || choice == 2) {
            return odd(t, sample, leaves, Category.UNICODE, pick(ODD_TEXT));
        }
        Leaf leaf = pick(texts);
        if (choice == 0) {
            String value = pick(REFUSED_TEXT);
            return jsonCase(t, Category.UNICODE, leaf.field() + " = " + value, with(sample, leaf, bytes(value)),
                    leaf.field());
        }
        byte[] value = pick(NOT_UTF8);
        return jsonCase(t, Category.UNICODE, leaf.field() + " = bytes that are not UTF-8 " + hex(value),
                with(sample, leaf, value), null);
    }

    /**
     * A value that may be valid text, made invalid by where it goes: padded beyond a free-text field's maxLength, or
     * as an enumeration, a date or a number; as the whole body when the body has no such field.
     */
    private Case odd(Target t, JsonNode sample, List<Leaf> leaves, Category category, String value) {
        List<Leaf> bounded = leaves.stream().filter(Leaf::boundedText).toList();
        List<Leaf> strict = leaves.stream().filter(l -> l.kind() == Kind.ENUM || l.kind() == Kind.DATE
                || l.kind() == Kind.WHOLE || l.kind() == Kind.NUMBER || l.kind() == Kind.BOOLEAN).toList();
        if (!bounded.isEmpty() && (strict.isEmpty() || random.nextBoolean())) {
            Leaf leaf = pick(bounded);
            String padded = value + "a".repeat(leaf.maxLength() + 1);
            return jsonCase(t, category, leaf.field() + " = " + abbreviate(value) + " padded beyond maxLength "
                    + leaf.maxLength(), with(sample, leaf, bytes(quote(padded))), leaf.field());
        }
        if (!strict.isEmpty()) {
            Leaf leaf = pick(strict);
            String v = leaf.kind() == Kind.ENUM ? leaf.schema().path("enum").path(0).asText() + value : value;
            return jsonCase(t, category, leaf.field() + " (" + leaf.kind().name().toLowerCase() + ") = " + abbreviate(v),
                    with(sample, leaf, bytes(quote(v))), leaf.field());
        }
        if (!leaves.isEmpty()) {
            Leaf leaf = leaves.get(0);
            return jsonCase(t, category, leaf.field() + " (" + leaf.kind().name().toLowerCase() + ") = "
                    + abbreviate(value), with(sample, leaf, bytes(quote(value))), null);
        }
        return jsonCase(t, category, "the body = " + abbreviate(value), bytes(quote(value)), null);
    }

    /** A body refused whatever the headers: a required field null, or a field beyond its length. */
    private Case refusedBody(Target t, JsonNode sample, List<Leaf> leaves) {
        List<Leaf> required = leaves.stream().filter(l -> l.required() && !l.nullable()).toList();
        if (!required.isEmpty()) {
            Leaf leaf = pick(required);
            return jsonCase(t, Category.NULL, leaf.field() + " = null", with(sample, leaf, bytes("null")), null);
        }
        return odd(t, sample, leaves, Category.HUGE, "x");
    }

    private Case accept(Target t, Request request, String what) {
        String accept = pick(List.of("application/xml", "text/html", "image/png", "application/json;q=0", ";;;",
                "*/*;q=abc", "text/csv", "application/problem+json;q=0, application/xml", "text/plain",
                "application/" + "x".repeat(5_000), "application/json; charset=nonsense", "*/json", "\u00e9/\u00e9"));
        Request base = request != null
                ? request
                : new Request(t.op().method().toUpperCase(), t.url(), t.headers(), null);
        Map<String, String> headers = new LinkedHashMap<>(base.headers());
        headers.put("Accept", accept);
        // A read with a plain request may answer what it can (a CSV export, a redirect of a browser); a write is
        // refused anyway for its body.
        return new Case(dealt, Category.ACCEPT, t.op().toString(), "Accept '" + abbreviate(accept) + "'"
                + (what == null ? "" : ", " + what), new Request(base.method(), base.url(), headers, base.body()),
                request == null ? Expect.TOLERATED : Expect.REFUSED, null);
    }

    /** JSON tokens, as Jackson counts them against StreamReadConstraints.maxTokenCount. */
    static long jsonValues(byte[] body) {
        long n = 0;
        try (JsonParser p = JSON.getFactory().createParser(body)) {
            while (p.nextToken() != null) {
                n++;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return n;
    }

    private Case jsonCase(Target t, Category category, String what, byte[] body, String field) {
        Map<String, String> headers = new LinkedHashMap<>(t.headers());
        headers.put("Content-Type", "application/json");
        String url = t.url();
        String text = new String(body, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        if ((text.isEmpty() || text.equals("null"))
                && !t.op().spec().path("requestBody").path("required").asBoolean(false)) {
            // No body is a valid request where the body is optional (activate a contract): address no row instead.
            Map<String, String> absent = new LinkedHashMap<>(t.pathValues());
            t.op().numericPathParameters().forEach(id -> absent.put(id, "999999999"));
            Map<String, String> params = new LinkedHashMap<>();
            t.query().forEach((k, v) -> params.put(k, encode(v)));
            url = t.url(absent, params);
            what += ", at an id that names nothing (the body is optional)";
        }
        return new Case(dealt, category, t.op().toString(), what,
                new Request(t.op().method().toUpperCase(), url, headers, body), Expect.REFUSED, field);
    }

    private List<String> wrongTypes(Kind kind) {
        return switch (kind) {
            case TEXT, ENUM -> List.of("12", "true", "{}", "[]", "[\"a\"]", "1.5", "{\"a\":\"b\"}", "-0");
            case DATE -> List.of("20191231", "true", "[2019,12,31]", "{\"year\":2019}", "1.5e3");
            case WHOLE -> List.of("\"12\"", "true", "{}", "[1]", "1.5", "\"\"", "\"0x10\"", "\"١٢\"");
            case NUMBER -> List.of("\"12\"", "true", "{}", "[1]", "\"1,5\"", "\"\"");
            case BOOLEAN -> List.of("\"true\"", "1", "0", "\"yes\"", "{}", "[true]");
            case OBJECT -> List.of("\"x\"", "1", "true", "[]", "[{}]");
            case ARRAY -> List.of("\"x\"", "1", "true", "{}", "{\"0\":1}");
        };
    }

    private String overflowWhole(Leaf leaf) {
        List<String> values = new ArrayList<>(OVERFLOW);
        JsonNode min = leaf.schema().path("minimum");
        JsonNode max = leaf.schema().path("maximum");
        if (min.isNumber()) {
            values.add(min.bigIntegerValue().subtract(BigInteger.ONE).toString());
            if (min.asLong() > 0) {
                values.add("-0");
            }
        }
        if (max.isNumber()) {
            values.add(max.bigIntegerValue().add(BigInteger.ONE).toString());
        }
        if ("int32".equals(leaf.schema().path("format").asText())) {
            values.add("2147483648");
            values.add("-2147483649");
        }
        return pick(values);
    }

    /** Numbers (amounts, quantities) refuse text, and what lies beyond their documented bounds. */
    private String overflowNumber(Leaf leaf) {
        List<String> values = new ArrayList<>(List.of("\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e400\""));
        JsonNode min = leaf.schema().path("minimum");
        JsonNode max = leaf.schema().path("maximum");
        if (max.isNumber()) {
            values.addAll(List.of("1e400", "9223372036854775808", "1E+19", max.decimalValue().add(
                    java.math.BigDecimal.ONE).toPlainString()));
        }
        if (min.isNumber()) {
            values.addAll(List.of("-1e400", min.decimalValue().subtract(java.math.BigDecimal.ONE).toPlainString()));
        }
        return pick(values);
    }

    // ---------------------------------------------------------------------------------------------------- uploads

    private Case upload(Target t) {
        Category category = pick(List.of(Category.UPLOAD, Category.UPLOAD, Category.UPLOAD, Category.CONTENT_TYPE,
                Category.ACCEPT));
        String field = "file";
        Upload file = pickUpload(t);
        String boundary = "fuzz" + Long.toHexString(random.nextLong());
        byte[] multipart = HostileFiles.multipart(boundary, file.field() == null ? field : file.field(), file.name(),
                file.type(), file.bytes());
        Map<String, String> headers = new LinkedHashMap<>(t.headers());
        headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
        Request request = new Request(t.op().method().toUpperCase(), t.url(), headers, multipart);
        if (category == Category.ACCEPT) {
            return accept(t, request, file.what());
        }
        if (category == Category.CONTENT_TYPE) {
            String type = pick(List.of("application/json", "multipart/form-data", "multipart/form-data; boundary=",
                    "multipart/form-data; boundary=other", "text/plain", "", "multipart/mixed; boundary=" + boundary,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            Map<String, String> h = new LinkedHashMap<>(t.headers());
            if (!type.isEmpty()) {
                h.put("Content-Type", type);
            }
            byte[] body = type.equals("application/json") ? bytes("{\"file\":\"UEsDBA==\"}") : multipart;
            return new Case(dealt, category, t.op().toString(), "Content-Type '" + type + "', " + file.what(),
                    new Request(request.method(), request.url(), h, body), Expect.REFUSED, null);
        }
        return new Case(dealt, category, t.op().toString(), file.what(), request, Expect.REFUSED, null);
    }

    record Upload(String what, String field, String name, String type, byte[] bytes) {
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Upload pickUpload(Target t) {
        return switch (random.nextInt(12)) {
            case 0 -> new Upload("a zip bomb named .xlsx (16 MiB of zeros in a small zip)", null, "bomb.xlsx", XLSX,
                    HostileFiles.zipBomb());
            case 1 -> new Upload("a PDF that claims to be XLSX", null, "bang.xlsx", XLSX, bytes("%PDF-1.4\n1 0 obj <<>> "
                    + "endobj\ntrailer <<>>\n%%EOF"));
            case 2 -> new Upload("a GIF/JavaScript polyglot named .png", null, "anh.png", "image/png",
                    bytes("GIF89a/*\u0001\u0000\u0001\u0000\u0000\u0000\u0000*/=alert(document.domain);//;"));
            case 3 -> {
                byte[] xlsx = HostileFiles.workbook();
                int at = 1 + random.nextInt(xlsx.length - 1);
                yield new Upload("an XLSX truncated to " + at + " of " + xlsx.length + " bytes", null, "cat.xlsx", XLSX,
                        java.util.Arrays.copyOf(xlsx, at));
            }
            case 4 -> new Upload("a PNG header declaring 100000 × 100000 pixels", null, "lon.png", "image/png",
                    HostileFiles.pngBomb());
            case 5 -> new Upload("a JPEG magic number and nothing else", null, "a.jpg", "image/jpeg",
                    new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0});
            case 6 -> new Upload("an empty file", null, "rong.pdf", "application/pdf", new byte[0]);
            case 7 -> new Upload("the file under another field name", "tep", "a.pdf", "application/pdf",
                    bytes("%PDF-1.4\n%%EOF"));
            case 8 -> new Upload("a file name with a path, NUL and script", null, "../../etc/passwd\u0000<script>.png",
                    "image/png", bytes("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"));
            case 9 -> {
                // Beyond every upload limit (photos and evidence 5 MB, workbooks 10 MB), but for the body limit.
                int size = (random.nextBoolean() ? 5 : 10) * 1024 * 1024 + 1 + random.nextInt(4096);
                byte[] big = new byte[size];
                big[0] = '%';
                big[1] = 'P';
                big[2] = 'D';
                big[3] = 'F';
                big[4] = '-';
                yield new Upload("a file of " + size + " bytes", null, "lon.pdf", "application/pdf", big);
            }
            case 10 -> new Upload("a WebP header with a corrupt body", null, "a.webp", "image/webp",
                    bytes("RIFF\u0010\u0000\u0000\u0000WEBPVP8 \u0004\u0000\u0000\u0000\u0000\u0000"));
            default -> new Upload("a ZIP that is not a workbook", null, "so-lieu.xlsx", XLSX, HostileFiles.zip("a.txt",
                    bytes("Chả hoa")));
        };
    }

    // ------------------------------------------------------------------------------------------ query and path values

    private static final List<String> HOSTILE_VALUES = List.of("%00", "a%00b", "%1B", "%ED%A0%80", "%C3%28",
            "%FF", "%C0%80", "%EF%BF%BD", "%E2%80%8B", "Cha%CC%89", "Ch%E1%BA%A3", "%F0%9F%8D%B5", "%E2%80%AEabc",
            "%D9%85%D8%B1", "%25", "_", "%5C", "'", "%3B--", "%27%20OR%20%271%27%3D%271", "%25_%5C", "null",
            "undefined", "true", "NaN", "Infinity", "-0", "1e400", "9223372036854775808", "-9223372036854775809",
            "99999999999999999999", "1.5", "0x10", "%EF%BC%91", "1%2C2", "%5B%5D", "%7B%7D", "2023-02-30",
            "0000-00-00", "99999-01-01", "+10000-01-01", "2019-12-31T00:00:00Z", "%2B999999999-12-31T23:59:59Z",
            "2026-13-01T00:00:00Z", "2026-11-30T10:00:00", "2026-11-30T10:00:00%2B25:00", "%20", "%09", "%0D%0A",
            "..", "%2E%2E", "%2F", "a%2Fb", "%3Cscript%3E", "%24%7Bjndi%3Aldap%3A%2F%2Fx%7D", "-1", "0");

    private Case query(Target t, String name) {
        JsonNode schema = resolve(t.op().queryParameters().get(name).path("schema"));
        String value = hostileValue(schema);
        Map<String, String> params = new LinkedHashMap<>();
        t.query().forEach((k, v) -> params.put(k, encode(v)));
        params.put(name, value);
        Expect expect = expect(schema, value);
        // A value the parameter cannot take is refused before anything else, naming the parameter.
        return valueCase(t, t.url(t.pathValues(), params), name + "=" + abbreviate(value), value,
                t.op().method().equals("get") ? expect : Expect.REFUSED, expect == Expect.REFUSED ? name : null);
    }

    private Case path(Target t, String name) {
        JsonNode schema = F.objectNode();
        for (JsonNode p : t.op().spec().path("parameters")) {
            if (name.equals(p.path("name").asText()) && "path".equals(p.path("in").asText())) {
                schema = resolve(p.path("schema"));
            }
        }
        boolean read = t.op().method().equals("get");
        String value = hostileValue(schema);
        // A write is attacked with values it must refuse: an empty or dot segment would address another operation
        // (DELETE …/photos/.. is DELETE of the product), a value the server may read as an id would name a row.
        while (!read && (walks(value) || expect(schema, value) == Expect.TOLERATED)) {
            value = hostileValue(schema);
        }
        Map<String, String> path = new LinkedHashMap<>(t.pathValues());
        path.put(name, value);
        Map<String, String> params = new LinkedHashMap<>();
        t.query().forEach((k, v) -> params.put(k, encode(v)));
        Expect expect = !read ? Expect.REFUSED : walks(value) ? Expect.TOLERATED : expect(schema, value);
        // A value that cannot be an id is refused before anything is looked up, naming the parameter.
        boolean id = "integer".equals(schema.path("type").asText());
        return valueCase(t, t.url(path, params), "{" + name + "}=" + abbreviate(value), value, expect,
                id && expect == Expect.REFUSED && !walks(value) ? name : null);
    }

    /** An empty, dot or slash segment: the address becomes another path, a read of another resource maybe. */
    private static boolean walks(String value) {
        return value.isBlank() || value.contains(".") || value.contains("%2E") || value.contains("%2F")
                || value.contains("/");
    }

    private Case valueCase(Target t, String url, String what, String value, Expect expect, String field) {
        Category category = categoryOf(value);
        Map<String, String> headers = new LinkedHashMap<>(t.headers());
        byte[] body = null;
        // A write carries a body it cannot read: whatever the parameter, nothing is written.
        if (!t.op().requestMediaTypes().isEmpty()) {
            boolean multipart = t.op().requestMediaTypes().contains("multipart/form-data");
            String boundary = "fuzz";
            headers.put("Content-Type", multipart ? "multipart/form-data; boundary=" + boundary : "application/json");
            body = multipart ? HostileFiles.multipart(boundary, "file", "rong.txt", "text/plain", new byte[0]) : bytes("[[[");
        }
        return new Case(dealt, category, t.op().toString(), what,
                new Request(t.op().method().toUpperCase(), url, headers, body), expect, field);
    }

    private String hostileValue(JsonNode schema) {
        List<String> values = new ArrayList<>(HOSTILE_VALUES);
        if (schema.has("maxLength")) {
            values.add(encode(letters(schema.path("maxLength").asInt() + 1 + random.nextInt(50))));
        }
        if (schema.path("minimum").isNumber()) {
            values.add(schema.path("minimum").bigIntegerValue().subtract(BigInteger.ONE).toString());
        }
        if (schema.path("maximum").isNumber()) {
            values.add(schema.path("maximum").bigIntegerValue().add(BigInteger.ONE).toString());
        }
        for (JsonNode e : schema.path("enum")) {
            values.add(encode(e.asText().toLowerCase()));
            values.add(encode(e.asText()) + "%E2%80%8B");
            values.add(encode(e.asText()) + "%00");
        }
        values.add("a".repeat(4_000 + random.nextInt(1_000)));
        // 45 KB on the wire, within the request line limit (64 KiB): it reaches the application.
        values.add("%E1%BA%A3".repeat(5_000));
        return pick(values);
    }

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\p{Nd}+");

    /**
     * Whether the server may accept {@code raw} (percent-encoded) for a parameter of {@code schema}: a value that
     * breaks its type, bounds, enumeration, pattern, length or the text rules is refused, anything else tolerated.
     */
    static Expect expect(JsonNode schema, String raw) {
        String value = decode(raw);
        if (value != null && value.isBlank()) {
            // Blank is absent: the parameter's default (a page size of 20, no filter).
            return Expect.TOLERATED;
        }
        if (value == null || value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE || c == 0xFFFD)) {
            return Expect.REFUSED;
        }
        String type = schema.path("type").isArray()
                ? schema.path("type").path(0).asText()
                : schema.path("type").asText("string");
        switch (type) {
            case "integer" -> {
                if (!WHOLE.matcher(value.strip()).matches()) {
                    return Expect.REFUSED;
                }
                BigInteger n = new BigInteger(value.strip());
                boolean within = (!schema.path("minimum").isNumber() || n.compareTo(schema.path("minimum")
                        .bigIntegerValue()) >= 0) && (!schema.path("maximum").isNumber()
                                || n.compareTo(schema.path("maximum").bigIntegerValue()) <= 0);
                return within && n.bitLength() < 64 ? Expect.TOLERATED : Expect.REFUSED;
            }
            case "boolean" -> {
                return value.strip().equals("true") || value.strip().equals("false") ? Expect.TOLERATED : Expect.REFUSED;
            }
            default -> {
                if (schema.has("enum")) {
                    for (JsonNode e : schema.path("enum")) {
                        if (e.asText().equals(value.strip())) {
                            return Expect.TOLERATED;
                        }
                    }
                    return Expect.REFUSED;
                }
                if (schema.has("maxLength") && value.length() > schema.path("maxLength").asInt()) {
                    return Expect.REFUSED;
                }
                if (schema.has("pattern") && !Pattern.compile(schema.path("pattern").asText()).matcher(value).find()) {
                    return Expect.REFUSED;
                }
                String format = schema.path("format").asText();
                if (format.equals("date")) {
                    return value.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") && validDate(value.strip())
                            ? Expect.TOLERATED
                            : Expect.REFUSED;
                }
                if (format.equals("date-time")) {
                    return value.strip().matches("[0-9]{4}-.*") && validInstant(value.strip())
                            ? Expect.TOLERATED
                            : Expect.REFUSED;
                }
                return Expect.TOLERATED;
            }
        }
    }

    private static boolean validDate(String s) {
        try {
            return !s.startsWith("0000") && java.time.LocalDate.parse(s).toString().equals(s);
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static boolean validInstant(String s) {
        try {
            java.time.OffsetDateTime.parse(s);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static Category categoryOf(String raw) {
        String value = decode(raw);
        if (value == null || raw.contains("%ED") || raw.contains("%00") || raw.contains("%E2") || raw.contains("%F0")
                || raw.contains("%CC") || raw.contains("%D9") || raw.contains("%EF") || raw.contains("%1B")
                || raw.contains("%E1")) {
            return Category.UNICODE;
        }
        if (value.length() > 200) {
            return Category.HUGE;
        }
        if (value.matches(".*[%_\\\\';*\\[\\]$<>{}].*") || value.contains("--")) {
            return Category.SQL_LIKE;
        }
        if (value.matches(".*[0-9]{4}-.*|0000-00-00")) {
            return Category.IMPOSSIBLE_DATE;
        }
        if (value.matches("[+-]?[0-9.e]+|NaN|Infinity|0x10|1,2")) {
            return Category.NUMBER_OVERFLOW;
        }
        if (value.equals("null") || value.equals("undefined") || value.isBlank()) {
            return Category.NULL;
        }
        return Category.WRONG_TYPE;
    }

    // ---------------------------------------------------------------------------------------------------- samples

    /** A valid-looking value for {@code schema} (its first example where it has one), noting its nodes. */
    JsonNode sample(JsonNode schema, String pointer, String field, boolean required, List<Leaf> leaves, int depth) {
        JsonNode s = resolve(schema);
        JsonNode example = s.path("examples").path(0);
        switch (typeOf(s)) {
            case "object" -> {
                ObjectNode node = F.objectNode();
                if (!pointer.isEmpty()) {
                    leaves.add(new Leaf(pointer, field, Kind.OBJECT, s, required));
                }
                if (depth < 5) {
                    List<String> requiredNames = new ArrayList<>();
                    s.path("required").forEach(r -> requiredNames.add(r.asText()));
                    for (Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields(); it.hasNext();) {
                        Map.Entry<String, JsonNode> p = it.next();
                        if (p.getValue().path("readOnly").asBoolean(false)) {
                            continue;
                        }
                        node.set(p.getKey(), sample(p.getValue(), pointer + "/" + p.getKey(),
                                field.isEmpty() ? p.getKey() : field + "." + p.getKey(),
                                requiredNames.contains(p.getKey()), leaves, depth + 1));
                    }
                }
                return node;
            }
            case "array" -> {
                ArrayNode node = F.arrayNode();
                if (!pointer.isEmpty()) {
                    leaves.add(new Leaf(pointer, field, Kind.ARRAY, s, required));
                }
                if (depth < 5) {
                    node.add(sample(s.path("items"), pointer + "/0", field + "[0]", true, leaves, depth + 1));
                }
                return node;
            }
            case "integer" -> {
                leaves.add(new Leaf(pointer, field, Kind.WHOLE, s, required));
                return example.isIntegralNumber() ? example : F.numberNode(Math.max(1, s.path("minimum").asLong(1)));
            }
            case "number" -> {
                leaves.add(new Leaf(pointer, field, Kind.NUMBER, s, required));
                return example.isNumber() ? example : F.numberNode(1);
            }
            case "boolean" -> {
                leaves.add(new Leaf(pointer, field, Kind.BOOLEAN, s, required));
                return F.booleanNode(true);
            }
            case "string" -> {
                if (s.has("enum")) {
                    leaves.add(new Leaf(pointer, field, Kind.ENUM, s, required));
                    return s.path("enum").path(0);
                }
                if ("date".equals(s.path("format").asText())) {
                    leaves.add(new Leaf(pointer, field, Kind.DATE, s, required));
                    return F.textNode("2019-06-15");
                }
                if ("binary".equals(s.path("format").asText())) {
                    return F.nullNode();
                }
                leaves.add(new Leaf(pointer, field, Kind.TEXT, s, required));
                return F.textNode(example.isTextual() ? example.asText() : "Chả hoa");
            }
            default -> {
                return F.nullNode();
            }
        }
    }

    /** The schema with its $ref (and allOf) merged in; OpenAPI 3.1 puts siblings next to a $ref. */
    JsonNode resolve(JsonNode schema) {
        ObjectNode merged = F.objectNode();
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

    /** The sample as JSON bytes with the node at {@code leaf} replaced by the raw JSON {@code value}. */
    static byte[] with(JsonNode body, Leaf leaf, byte[] value) {
        JsonNode copy = body.deepCopy();
        String parentPointer = leaf.pointer().substring(0, leaf.pointer().lastIndexOf('/'));
        String last = leaf.pointer().substring(leaf.pointer().lastIndexOf('/') + 1);
        JsonNode parent = parentPointer.isEmpty() ? copy : copy.at(parentPointer);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), MARK);
        } else {
            ((ObjectNode) parent).put(last, MARK);
        }
        byte[] json = bytes(copy);
        byte[] mark = bytes(quote(MARK));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < json.length; i++) {
            if (startsWith(json, i, mark)) {
                out.writeBytes(value);
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

    // ---------------------------------------------------------------------------------------------------- helpers

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String letters(int length) {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyảạấầẩẫậắằẳẵặ ";
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        // Never blank at either end, so that trimming does not shorten it below the limit.
        sb.setCharAt(0, 'a');
        sb.setCharAt(length - 1, 'a');
        return sb.toString();
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The text a percent-encoded value stands for, or null when its bytes are not UTF-8. */
    static String decode(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(bytes(String.valueOf(c)));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.ofDelimiter(" ").formatHex(bytes);
    }
}
