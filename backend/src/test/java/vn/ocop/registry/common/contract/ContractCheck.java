package vn.ocop.registry.common.contract;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * Checks one exchange of the test suite against the contract. A request the contract does not allow may only be
 * refused (4xx); any response must be one the contract documents: its status, media type, body schema and the
 * API's own headers.
 */
public final class ContractCheck {
    /** Headers that carry API meaning and therefore must be documented where the server sends them. */
    static final Set<String> API_HEADERS = Set.of("etag", "location", "content-disposition", "idempotent-replayed",
            "retry-after");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Contract contract;

    public ContractCheck(Contract contract) {
        this.contract = contract;
    }

    public record Exchange(String method, URI uri, String requestContentType, byte[] requestBody, boolean multipart,
            Map<String, String> requestHeaders, int status, String responseContentType, byte[] responseBody,
            Map<String, String> responseHeaders) {
    }

    /** The contract's complaints about this exchange; empty when it is one the contract describes. */
    public List<String> violations(Exchange x) {
        String path = x.uri().getRawPath();
        Optional<Contract.Match> found = contract.match(x.method(), path);
        String where = x.method() + " " + path + " → " + x.status() + ": ";
        if (found.isEmpty()) {
            boolean refused = x.status() == 404 || x.status() == 405 || (x.status() >= 400 && !contract.knowsPath(path));
            return refused ? List.of() : List.of(where + "no such operation in the contract");
        }
        Contract.Match match = found.get();
        List<String> out = new ArrayList<>();
        List<String> requestProblems = requestViolations(match, x);
        if (!requestProblems.isEmpty() && x.status() < 400) {
            requestProblems.forEach(p -> out.add(where + "the server accepted a request the contract does not allow: " + p));
        }
        responseViolations(match, x).forEach(p -> out.add(where + p));
        return out;
    }

    List<String> requestViolations(Contract.Match match, Exchange x) {
        List<String> out = new ArrayList<>();
        Map<String, List<String>> query = query(x.uri().getRawQuery());
        List<JsonNode> parameters = contract.parameters(match);
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            JsonNode schema = p.path("schema");
            switch (in) {
                case "path" -> checkValue("path parameter " + name, match.pathValues().get(name), schema, out);
                case "query" -> {
                    List<String> values = query.remove(name);
                    if (values == null) {
                        if (p.path("required").asBoolean()) {
                            out.add("query parameter " + name + " is required");
                        }
                    } else {
                        values.forEach(v -> checkValue("query parameter " + name, v, schema, out));
                    }
                }
                case "header" -> {
                    String value = header(x.requestHeaders(), name);
                    if (value == null && p.path("required").asBoolean()) {
                        out.add("header " + name + " is required");
                    }
                }
                default -> {
                }
            }
        }
        query.keySet().forEach(name -> out.add("query parameter " + name + " is not in the contract"));
        JsonNode body = match.operation().path("requestBody");
        boolean sent = x.requestBody() != null && x.requestBody().length > 0 || x.multipart();
        if (body.isMissingNode()) {
            if (sent) {
                out.add("the operation takes no request body");
            }
            return out;
        }
        if (!sent) {
            if (body.path("required").asBoolean()) {
                out.add("the request body is required");
            }
            return out;
        }
        JsonNode media = mediaType(body.path("content"), x.requestContentType());
        if (media == null) {
            out.add("request media type " + x.requestContentType() + " is not one of " + names(body.path("content")));
        } else if (isJson(x.requestContentType()) && media.has("schema")) {
            validateJson("request body", x.requestBody(), media.get("schema"), false, out);
        }
        return out;
    }

    List<String> responseViolations(Contract.Match match, Exchange x) {
        List<String> out = new ArrayList<>();
        JsonNode responses = match.operation().path("responses");
        String status = Integer.toString(x.status());
        JsonNode response = responses.has(status)
                ? responses.get(status)
                : responses.has(status.charAt(0) + "XX") ? responses.get(status.charAt(0) + "XX") : responses.get("default");
        if (response == null) {
            out.add("status " + status + " is not documented (documented: " + names(responses) + ")");
            return out;
        }
        response = contract.resolve(response);
        JsonNode headers = response.path("headers");
        x.responseHeaders().forEach((name, value) -> {
            if (API_HEADERS.contains(name.toLowerCase(Locale.ROOT)) && !hasField(headers, name)) {
                out.add("response header " + name + " is not documented");
            }
        });
        headers.fields().forEachRemaining(h -> {
            if (contract.resolve(h.getValue()).path("required").asBoolean()
                    && header(x.responseHeaders(), h.getKey()) == null) {
                out.add("documented required response header " + h.getKey() + " is missing");
            }
        });
        boolean hasBody = x.responseBody() != null && x.responseBody().length > 0;
        JsonNode content = response.path("content");
        if (!hasBody) {
            if (content.size() > 0 && !"HEAD".equals(x.method()) && x.status() != 304) {
                out.add("the contract promises a body (" + names(content) + ") but none came");
            }
            return out;
        }
        if (content.isMissingNode() || content.isEmpty()) {
            out.add("a body of type " + x.responseContentType() + " came where the contract documents none");
            return out;
        }
        JsonNode media = mediaType(content, x.responseContentType());
        if (media == null) {
            out.add("response media type " + x.responseContentType() + " is not one of " + names(content));
        } else if (isJson(x.responseContentType()) && media.has("schema")) {
            validateJson("response body", x.responseBody(), media.get("schema"), true, out);
        }
        return out;
    }

    private void validateJson(String what, byte[] bytes, JsonNode schema, boolean response, List<String> out) {
        JsonNode value;
        try {
            value = JSON.readTree(bytes);
        } catch (IOException e) {
            out.add(what + " is not JSON");
            return;
        }
        contract.violations(schema, value, response).forEach(m -> out.add(what + ": " + m));
    }

    /** A query, path or header value is text on the wire; it is read as the JSON value its schema describes. */
    private void checkValue(String what, String raw, JsonNode schema, List<String> out) {
        if (raw == null || schema.isMissingNode()) {
            return;
        }
        JsonNode resolved = contract.resolve(schema);
        String type = resolved.path("type").isArray()
                ? resolved.path("type").get(0).asText()
                : resolved.path("type").asText("string");
        JsonNode value;
        try {
            value = switch (type) {
                case "integer" -> JsonNodeFactory.instance.numberNode(new BigInteger(raw));
                case "number" -> JsonNodeFactory.instance.numberNode(new BigDecimal(raw));
                case "boolean" -> {
                    if (!raw.equals("true") && !raw.equals("false")) {
                        throw new NumberFormatException();
                    }
                    yield JsonNodeFactory.instance.booleanNode(Boolean.parseBoolean(raw));
                }
                case "array" -> JsonNodeFactory.instance.arrayNode().add(raw);
                default -> JsonNodeFactory.instance.textNode(raw);
            };
        } catch (NumberFormatException e) {
            out.add(what + " = '" + abbreviate(raw) + "' is not a " + type);
            return;
        }
        contract.violations(schema, value, false).forEach(m -> out.add(what + " = '" + abbreviate(raw) + "': " + m));
    }

    private static String abbreviate(String raw) {
        return raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    }

    private static JsonNode mediaType(JsonNode content, String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String wanted = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        for (var it = content.fields(); it.hasNext();) {
            var e = it.next();
            String documented = e.getKey().toLowerCase(Locale.ROOT);
            if (documented.equals(wanted) || documented.equals("*/*")
                    || documented.endsWith("/*") && wanted.startsWith(documented.substring(0, documented.length() - 1))) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean isJson(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || type.endsWith("+json");
    }

    private static boolean hasField(JsonNode object, String name) {
        for (var it = object.fieldNames(); it.hasNext();) {
            if (it.next().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static String header(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
