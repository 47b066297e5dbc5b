package vn.ocop.registry.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.ProblemTypes;
import vn.ocop.registry.common.Text;

/**
 * An upload that passed the checks: not empty, within the size limit, and of an accepted format
 * as its whole content shows (see {@link WholeFile}). A bad upload is a 400 (413 when too large)
 * naming the form field.
 */
public record UploadedFile(byte[] content, FileType type, String fileName, String sha256) {
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final int MAX_NAME_LENGTH = 255;

    /** Reads an upload after checking its size, so an oversized file is never read into memory. */
    public static UploadedFile check(Upload upload, String field, Set<FileType> accepted) {
        if (upload == null || upload.path() == null) {
            throw ProblemException.invalid(field, "is required: send the file as multipart/form-data field '" + field + "'");
        }
        requireSize(upload.size(), field);
        try {
            return check(Files.readAllBytes(upload.path()), upload.fileName(), field, accepted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pure checks on bytes already in memory. */
    public static UploadedFile check(byte[] uploaded, String declaredName, String field, Set<FileType> accepted) {
        requireSize(uploaded.length, field);
        FileType type = FileType.sniff(uploaded).filter(accepted::contains).orElseThrow(() -> ProblemException.invalid(
                field, "must be " + describe(accepted) + " (checked by the file's content, not its name)"));
        byte[] content = WholeFile.withoutTrailer(type, uploaded);
        String problem = WholeFile.problem(type, content);
        if (problem != null) {
            throw ProblemException.invalid(field, "is not a valid " + type + " file: it " + problem);
        }
        return new UploadedFile(content, type, fileName(declaredName), sha256(content));
    }

    private static void requireSize(long size, String field) {
        if (size <= 0) {
            throw ProblemException.invalid(field, "is empty");
        }
        if (size > MAX_BYTES) {
            String message = "must be at most " + MAX_BYTES / (1024 * 1024) + " MB";
            throw new ProblemException(413, ProblemTypes.VALIDATION, "File too large", field + ": " + message,
                    List.of(new Problem.FieldError(field, message)));
        }
    }

    /** Only the last path segment of what the client called it, for Content-Disposition. */
    private static String fileName(String declared) {
        String name = Text.clean(declared);
        if (name == null) {
            return null;
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replaceAll("\\p{Cntrl}", "");
        return name.isEmpty() ? null : name.substring(0, Math.min(name.length(), MAX_NAME_LENGTH));
    }

    private static String describe(Set<FileType> accepted) {
        return accepted.stream().map(FileType::name).sorted().collect(Collectors.joining(", ", "one of ", ""));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
