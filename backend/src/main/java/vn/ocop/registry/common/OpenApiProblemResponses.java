package vn.ocop.registry.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents what every operation can answer besides its result, derived from what the operation is (secured, has
 * a path id, takes If-Match or an Idempotency-Key, uploads a file), so that no resource repeats it: the
 * problem+json error responses, 201 for creating POSTs (those that take an Idempotency-Key), and the headers of
 * versioned and created resources. Runs after the other build filters (lower priority), on the finished model: it
 * reads their security requirements and parameters.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 0)
public class OpenApiProblemResponses implements OASFilter {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OpenApiResponseSchemas.document(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of()
                : openAPI.getComponents().getSchemas();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, op) -> document(path, method, op, schemas)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation op, Map<String, Schema> schemas) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH;
        // Only writes that take If-Match can answer 412/428 (immutable sub-resources such as photos take none).
        boolean versioned = takesHeader(op, HttpHeaders.IF_MATCH);
        boolean idempotent = takesHeader(op, IDEMPOTENCY_KEY);
        boolean body = op.getRequestBody() != null && op.getRequestBody().getContent() != null;
        boolean upload = body && op.getRequestBody().getContent().hasMediaType(MediaType.MULTIPART_FORM_DATA);
        problem(responses, "400", "Invalid input: the problem lists each field", true);
        problem(responses, "401", "No valid bearer token", secured);
        problem(responses, "403", "The caller's role or district does not allow this", secured);
        problem(responses, "404", "No such resource", path.contains("{") || filtersById(op));
        problem(responses, "406", "The Accept header names no media type this operation answers with", true);
        problem(responses, "409", "Conflicts with the current state", writes);
        problem(responses, "412", "If-Match names an outdated version", versioned);
        problem(responses, "413", upload
                ? "The uploaded file is larger than allowed"
                : "The request body is larger than the server reads (10 MiB)", body);
        problem(responses, "415", "The request body is not of a media type this operation takes", body);
        problem(responses, "422", "The Idempotency-Key was already used for a different request", idempotent);
        problem(responses, "428", "If-Match is missing", versioned);
        if (rateLimited(op, secured)) {
            problem(responses, "429", "Too many requests from this integrator client or anonymous caller in the "
                    + "window (ocop.rate-limit); retry after Retry-After seconds", true);
            header(responses.getAPIResponse("429"), HttpHeaders.RETRY_AFTER, "Seconds until the caller's next window",
                    true);
        }
        // Whatever a resource declared itself (e.g. a read's 409), every error answer is a problem.
        responses.getAPIResponses().forEach((code, response) -> problem(responses, code, response.getDescription(),
                code.startsWith("4")));
        if (method == PathItem.HttpMethod.POST && idempotent) {
            created(responses);
        }
        responses.getAPIResponses().forEach((code, response) -> describeHeaders(code, response, idempotent, schemas));
        if (method == PathItem.HttpMethod.GET && responses.hasAPIResponse("200")
                && versionedBody(responses.getAPIResponse("200"), schemas)) {
            notModified(op, responses);
        }
    }

    /** A read answered with an ETag takes If-None-Match and answers 304 while the version is the same (NotModified). */
    private static void notModified(Operation op, APIResponses responses) {
        if (!takesHeader(op, HttpHeaders.IF_NONE_MATCH)) {
            op.addParameter(OASFactory.createParameter().name(HttpHeaders.IF_NONE_MATCH).in(Parameter.In.HEADER)
                    .description("The ETag of the copy you hold: an unchanged resource answers 304 with no body")
                    .example("\"3\"").schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description("Not modified: the version named in If-None-Match is still the current one");
        header(response, HttpHeaders.ETAG, "The resource's version", true);
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        responses.getAPIResponses().forEach((code, r) -> {
            ordered.put(code, r);
            if (code.equals("200")) {
                ordered.put("304", response);
            }
        });
        responses.setAPIResponses(ordered);
    }

    /** A POST that takes an Idempotency-Key creates: it answers 201 (ETags.created), never 200. */
    private static void created(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null && !responses.hasAPIResponse("201")) {
            Map<String, APIResponse> ordered = new LinkedHashMap<>();
            ordered.put("201", ok.description("Created"));
            responses.getAPIResponses().forEach((code, r) -> {
                if (!code.equals("200")) {
                    ordered.put(code, r);
                }
            });
            responses.setAPIResponses(ordered);
        }
    }

    /** A body that carries a version comes with it as ETag; a created resource says where it lives. */
    private static void describeHeaders(String code, APIResponse response, boolean idempotent, Map<String, Schema> schemas) {
        if (!code.startsWith("2")) {
            return;
        }
        // ETags.created sends the new row's version even when the body does not show it (a photo).
        if (versionedBody(response, schemas) || code.equals("201") && idempotent) {
            header(response, HttpHeaders.ETAG, "The resource's version: send it back in If-Match to change it", true);
        }
        if (code.equals("201")) {
            header(response, HttpHeaders.LOCATION, "Where the created resource can be read", true);
            if (idempotent) {
                header(response, IDEMPOTENT_REPLAYED, "`true` when this is the stored answer to an earlier request "
                        + "with the same Idempotency-Key (nothing was created again)", false);
            }
        }
    }

    private static boolean versionedBody(APIResponse response, Map<String, Schema> schemas) {
        if (response.getContent() == null || response.getContent().getMediaType(MediaType.APPLICATION_JSON) == null) {
            return false;
        }
        Schema schema = response.getContent().getMediaType(MediaType.APPLICATION_JSON).getSchema();
        if (schema != null && schema.getRef() != null) {
            schema = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
    }

    private static void header(APIResponse response, String name, String description, boolean required) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        response.addHeader(name, OASFactory.createHeader().description(description).required(required)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }

    /** What RateLimitFilter counts: anonymous callers, and integrator clients on what integrators may call. */
    private static boolean rateLimited(Operation op, boolean secured) {
        Object roles = op.getExtensions() == null ? null : op.getExtensions().get("x-roles");
        return !secured || roles instanceof List<?> list && list.contains(Roles.INTEGRATOR);
    }

    /** A list filtered by a record id (roundId…) answers 404 when the id names nothing the caller may read. */
    private static boolean filtersById(Operation op) {
        return op.getParameters() != null && op.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY
                && p.getSchema() != null && p.getSchema().getRef() != null && p.getSchema().getRef().endsWith("/RecordId"));
    }

    private static boolean takesHeader(Operation op, String name) {
        return op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    /** Adds the problem response, or gives the problem body to one SmallRye declared without a body. */
    private static void problem(APIResponses responses, String code, String description, boolean applies) {
        if (!applies) {
            return;
        }
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null && !existing.getContent().getMediaTypes().isEmpty()) {
            return;
        }
        APIResponse response = existing != null ? existing : OASFactory.createAPIResponse().description(description);
        response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        responses.addAPIResponse(code, response);
    }
}
