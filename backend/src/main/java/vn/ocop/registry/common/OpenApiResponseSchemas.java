package vn.ocop.registry.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the response schemas say what a client can rely on, by one rule rather than per field: every
 * property of a schema that no request uses is {@code required} (the server always writes it, as
 * {@code null} when the DTO declares it nullable), except properties marked {@link #OMITTED}
 * ({@code @JsonInclude} leaves them out). Schemas that requests use too keep their Bean Validation
 * {@code required}, as the server accepts those properties missing, and their other properties accept
 * {@code null}, which the server reads as missing.
 * <p>
 * What may be null is declared on the DTO with {@code @Schema(nullable = true)}: SmallRye writes
 * {@code type: [T, "null"]}, or {@code anyOf: [{$ref}, {type: "null"}]} for an enum, date or object.
 */
public final class OpenApiResponseSchemas {
    /**
     * Schema extension marking a response property that may be left out of the JSON:
     * {@code @Schema(extensions = @Extension(name = OpenApiResponseSchemas.OMITTED, value = "true"))},
     * next to the {@code @JsonInclude} that omits it. Consumed here, not published.
     */
    public static final String OMITTED = "x-omitted";
    private static final String REF_PREFIX = "#/components/schemas/";

    private OpenApiResponseSchemas() {
    }

    public static void document(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        if (components == null || openAPI.getPaths() == null) {
            return;
        }
        List<Schema> requestRoots = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() != null) {
                requestRoots.addAll(schemas(op.getRequestBody().getContent()));
            }
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> {
                    if (p.getSchema() != null) {
                        requestRoots.add(p.getSchema());
                    }
                });
            }
        }));
        // Schemas no request uses are response schemas (Problem included, whenever its responses are added).
        Set<String> inRequests = reachable(requestRoots, components);
        components.forEach((name, schema) -> {
            if (schema.getProperties() == null) {
                return;
            }
            schema.getProperties().forEach((property, s) -> {
                // An annotation extension lands among the schema's own keywords or under its extensions, depending
                // on when the model is read: look in both, and publish neither.
                boolean omitted = s.get(OMITTED) != null
                        || (s.getExtensions() != null && s.getExtensions().containsKey(OMITTED));
                s.set(OMITTED, null);
                if (s.getExtensions() != null) {
                    s.removeExtension(OMITTED);
                }
                boolean required = schema.getRequired() != null && schema.getRequired().contains(property);
                if (!inRequests.contains(name)) {
                    if (!omitted && !required) {
                        schema.addRequired(property);
                    }
                } else if (!required) {
                    acceptNull(s);
                }
                // A nullable $ref comes as anyOf [$ref, null], sometimes with a sibling type that lacks null
                // (and so refuses null); the anyOf says it all.
                if (s.getAnyOf() != null && s.getAnyOf().stream().anyMatch(OpenApiResponseSchemas::isNullType)) {
                    s.setType(null);
                }
            });
        });
    }

    /** Jackson reads a field missing from a request record as null, so an optional field accepts null as well. */
    private static void acceptNull(Schema s) {
        if (s.getRef() != null) {
            String ref = s.getRef();
            s.setRef(null);
            s.setAnyOf(List.of(OASFactory.createSchema().ref(ref), nullType()));
        } else if (s.getAnyOf() != null) {
            if (s.getAnyOf().stream().noneMatch(OpenApiResponseSchemas::isNullType)) {
                s.addAnyOf(nullType());
            }
        } else if (s.getType() != null && !s.getType().contains(Schema.SchemaType.NULL)) {
            s.addType(Schema.SchemaType.NULL);
        }
    }

    private static Schema nullType() {
        return OASFactory.createSchema().addType(Schema.SchemaType.NULL);
    }

    private static boolean isNullType(Schema s) {
        return s.getRef() == null && List.of(Schema.SchemaType.NULL).equals(s.getType());
    }

    private static List<Schema> schemas(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(s -> s != null).toList();
    }

    /** The names of the component schemas the roots refer to, directly or through other schemas. */
    private static Set<String> reachable(Collection<Schema> roots, Map<String, Schema> components) {
        Set<String> names = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s.getRef() != null && s.getRef().startsWith(REF_PREFIX)) {
                String name = s.getRef().substring(REF_PREFIX.length());
                if (names.add(name) && components.containsKey(name)) {
                    todo.push(components.get(name));
                }
            }
            Stream.of(s.getProperties() == null ? List.<Schema>of() : s.getProperties().values(),
                    nonNull(s.getItems()), nonNull(s.getAdditionalPropertiesSchema()),
                    orEmpty(s.getAllOf()), orEmpty(s.getAnyOf()), orEmpty(s.getOneOf()))
                    .flatMap(Collection::stream).forEach(todo::push);
        }
        return names;
    }

    private static List<Schema> nonNull(Schema s) {
        return s == null ? List.of() : List.of(s);
    }

    private static List<Schema> orEmpty(List<Schema> list) {
        return list == null ? List.of() : list;
    }
}
