package vn.ocop.registry.files;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stored file's metadata; its format was checked from its content")
public record FileView(
        @Schema(nullable = true, examples = "cha-hoa.jpg") String fileName,
        @Schema(examples = "image/jpeg") String contentType,
        @Schema(examples = "48213") long sizeBytes,
        @Schema(examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(examples = "do-travinh") String uploadedBy,
        Instant uploadedAt) {
}
