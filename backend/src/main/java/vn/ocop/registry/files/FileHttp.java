package vn.ocop.registry.files;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The HTTP side of files, for resources: a multipart field in, a download out. Services see plain types. */
public final class FileHttp {
    private FileHttp() {
    }

    /** The multipart field as an {@link Upload}; null when the field was not sent. */
    public static Upload upload(FileUpload file) {
        return file == null || file.uploadedFile() == null
                ? null
                : new Upload(file.uploadedFile(), file.size(), file.fileName());
    }

    /** The bytes with what a browser needs to show them inline (and never guess another type). */
    public static Response download(FileContent file) {
        String name = file.fileName() == null ? "file" : file.fileName();
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "inline; filename*=UTF-8''" + encode(name))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-cache")
                .build();
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
