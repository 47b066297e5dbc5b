package vn.ocop.registry.common;

import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents every file a successful response carries (exports, QR codes, photos, evidence scans) as bytes, so
 * that generated clients keep them rather than parse them as text, with the Content-Disposition that names them.
 * Keyed on the media type, so that no resource repeats it: JSON and HTML are documents, all else is a file.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class OpenApiFiles implements OASFilter {
    private static final String CONTENT_DISPOSITION = "Content-Disposition";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("2")) {
                        document(response);
                    }
                });
            }
        }));
    }

    private static void document(APIResponse response) {
        if (response.getContent() == null) {
            return;
        }
        boolean files = false;
        for (var entry : response.getContent().getMediaTypes().entrySet()) {
            if (isFile(MediaType.valueOf(entry.getKey()))) {
                entry.getValue().setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .format("binary"));
                files = true;
            }
        }
        if (files && (response.getHeaders() == null || !response.getHeaders().containsKey(CONTENT_DISPOSITION))) {
            response.addHeader(CONTENT_DISPOSITION, OASFactory.createHeader()
                    .description("The file's name: attachment for exports, inline for images and scans")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        }
    }

    static boolean isFile(MediaType type) {
        boolean json = type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        return !json && !type.isCompatible(MediaType.TEXT_HTML_TYPE);
    }
}
