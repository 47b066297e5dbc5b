package vn.ocop.registry.common.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The committed openapi.yaml, read as what it promises: which operations exist, what each takes and what it may
 * answer. Bodies are checked with a JSON Schema 2020-12 validator, the dialect of OpenAPI 3.1. Response objects
 * are closed ({@code unevaluatedProperties: false}): a field the contract does not name is a violation too.
 */
public final class Contract {
    static final Path COMMITTED = Path.of("..", "openapi.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TEMPLATE_PARAM = Pattern.compile("\\{([^}/]+)}");

    private final JsonNode document;
    private final List<Route> routes = new ArrayList<>();
    private final ObjectNode requestDefs;
    private final ObjectNode responseDefs;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    public record Route(String template, Pattern pattern, List<String> names, JsonNode pathItem) {
    }

    /** An operation of the contract matched by a concrete path, with the values of its path parameters. */
    public record Match(String template, String method, JsonNode operation, Map<String, String> pathValues) {
        String name() {
            return method + " " + template;
        }
    }

    public Contract(JsonNode document) {
        this.document = document;
        document.path("paths").fields().forEachRemaining(e -> routes.add(route(e.getKey(), e.getValue())));
        // Literal segments win over templates: /producers/export before /producers/{id}.
        routes.sort(Comparator.comparingInt((Route r) -> r.names().size())
                .thenComparing(r -> -r.template().length()));
        JsonNode components = document.path("components").path("schemas");
        requestDefs = (ObjectNode) rewriteRefs(components.deepCopy(), false);
        responseDefs = (ObjectNode) rewriteRefs(components.deepCopy(), true);
    }

    public static Contract committed() {
        try {
            return new Contract(new YAMLMapper().readTree(COMMITTED.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMITTED.toAbsolutePath(), e);
        }
    }

    public JsonNode document() {
        return document;
    }

    public Optional<Match> match(String method, String path) {
        String m = method.toLowerCase(Locale.ROOT);
        for (Route route : routes) {
            Matcher matcher = route.pattern().matcher(path);
            if (matcher.matches() && route.pathItem().has(m)) {
                Map<String, String> values = new java.util.LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    values.put(route.names().get(i), java.net.URLDecoder.decode(matcher.group(i + 1),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
                return Optional.of(new Match(route.template(), method.toUpperCase(Locale.ROOT), route.pathItem().get(m),
                        values));
            }
        }
        return Optional.empty();
    }

    /** True when some operation of the contract has this path, whatever its method. */
    public boolean knowsPath(String path) {
        return routes.stream().anyMatch(r -> r.pattern().matcher(path).matches());
    }

    /** Parameters of an operation, path-level ones included, with $refs resolved. */
    public List<JsonNode> parameters(Match match) {
        List<JsonNode> all = new ArrayList<>();
        JsonNode pathLevel = routes.stream().filter(r -> r.template().equals(match.template())).findFirst()
                .map(r -> r.pathItem().path("parameters")).orElse(JSON.missingNode());
        pathLevel.forEach(p -> all.add(resolve(p)));
        match.operation().path("parameters").forEach(p -> all.add(resolve(p)));
        return all;
    }

    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** Schema violations of {@code value} against {@code schema}, a schema object of the contract. */
    public List<String> violations(JsonNode schema, JsonNode value, boolean response) {
        String key = (response ? "response:" : "request:") + schema.toString();
        JsonSchema compiled = schemas.computeIfAbsent(key, k -> compile(schema, response));
        List<String> messages = new ArrayList<>();
        try {
            for (ValidationMessage message : compiled.validate(value)) {
                messages.add(message.getMessage());
            }
        } catch (RuntimeException e) {
            // e.g. multipleOf on 1e400: a value no JSON number type of the contract can hold
            messages.add("cannot be checked against its schema: " + e.getMessage());
        }
        return messages;
    }

    private JsonSchema compile(JsonNode schema, boolean response) {
        ObjectNode root = (ObjectNode) rewriteRefs(schema.deepCopy(), response);
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("$defs", response ? responseDefs : requestDefs);
        return factory.getSchema(root, config);
    }

    /** Points component $refs at $defs and, for responses, closes every object that lists its properties. */
    private static JsonNode rewriteRefs(JsonNode node, boolean closeObjects) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/schemas/")) {
                object.put("$ref", "#/$defs/" + ref.asText().substring("#/components/schemas/".length()));
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                // Property names and examples are data, not schemas.
                if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
                    rewriteRefs(field.getValue(), closeObjects);
                }
            }
            if (closeObjects && object.has("properties") && !object.has("additionalProperties")
                    && !object.has("unevaluatedProperties")) {
                object.put("unevaluatedProperties", false);
            }
        } else if (node.isArray()) {
            node.forEach(child -> rewriteRefs(child, closeObjects));
        }
        return node;
    }

    private static Route route(String template, JsonNode pathItem) {
        List<String> names = new ArrayList<>();
        Matcher m = TEMPLATE_PARAM.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new Route(template, Pattern.compile(regex.toString()), names, pathItem);
    }
}
