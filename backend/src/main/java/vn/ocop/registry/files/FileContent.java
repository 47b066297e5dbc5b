package vn.ocop.registry.files;

/** A stored file to send back: its bytes, media type and name (null when the client gave none). */
public record FileContent(byte[] content, String mediaType, String fileName) {
}
