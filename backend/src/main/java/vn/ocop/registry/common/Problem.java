package vn.ocop.registry.common;

import static vn.ocop.registry.common.OpenApiResponseSchemas.OMITTED;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(description = "RFC 9457 problem details")
public record Problem(
        @Schema(examples = "urn:ocop:problem:validation", description = ProblemTypes.DESCRIPTION) String type,
        @Schema(examples = "Invalid request") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "2 fields are invalid", extensions = @Extension(name = OMITTED, value = "true")) String detail,
        @Schema(examples = "/api/v1/producers", extensions = @Extension(name = OMITTED, value = "true")) String instance,
        @Schema(description = "The invalid fields; omitted when none",
                extensions = @Extension(name = OMITTED, value = "true")) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(
            @Schema(examples = "taxCode") String field,
            @Schema(examples = "must be 10 digits with a valid check digit") String message) {
    }
}
