package vn.ocop.registry.files;

import java.nio.file.Path;

/**
 * A file as it arrived in a request, not yet read or checked: where the server spooled it, its size and the name
 * the client gave it. Resources make it from their multipart field ({@link FileHttp#upload}); null when none was sent.
 */
public record Upload(Path path, long size, String fileName) {
}
