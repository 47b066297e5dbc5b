package vn.ocop.registry.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats the registry stores, recognised by their content (magic bytes), never by the
 * name or the Content-Type a client declares.
 */
public enum FileType {
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}), PNG("image/png",
            new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}), WEBP("image/webp",
                    ascii("RIFF")), PDF("application/pdf", ascii("%PDF-"));

    private static final byte[] WEBP_FORMAT = ascii("WEBP");

    private final String mediaType;
    private final byte[] magic;

    FileType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of {@code content}, or empty when it is none of the known ones. */
    public static Optional<FileType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        if (!startsWith(content, 0, magic)) {
            return false;
        }
        // RIFF is a container; only RIFF....WEBP is a WebP image.
        return this != WEBP || startsWith(content, 8, WEBP_FORMAT);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
