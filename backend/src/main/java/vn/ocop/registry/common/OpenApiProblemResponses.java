package vn.ocop.registry.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem+json error responses every operation can give, derived from what the
 * operation is (secured, has a path id, takes If-Match, uploads a file), so that no resource repeats them.
 */
public class OpenApiProblemResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        OpenApiResponseSchemas.document(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, op) -> document(path, method, op)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation op) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = op.getResponses();
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE || method == PathItem.HttpMethod.PATCH;
        // Only writes that take If-Match can answer 412/428 (immutable sub-resources such as photos take none).
        boolean versioned = op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()));
        boolean upload = op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().hasMediaType(MediaType.MULTIPART_FORM_DATA);
        add(responses, "400", "Invalid input: the problem lists each field", true);
        add(responses, "401", "No valid bearer token", secured);
        add(responses, "403", "The caller's role or district does not allow this", secured);
        add(responses, "404", "No such resource", path.contains("{"));
        add(responses, "409", "Conflicts with the current state", writes);
        add(responses, "412", "If-Match names an outdated version", versioned);
        add(responses, "413", "The uploaded file is larger than allowed", upload);
        add(responses, "428", "If-Match is missing", versioned);
    }

    private static void add(APIResponses responses, String code, String description, boolean applies) {
        if (!applies || responses.hasAPIResponse(code)) {
            return;
        }
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")))));
    }
}
