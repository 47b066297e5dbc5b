package vn.ocop.registry.files;

import static vn.ocop.registry.common.TestUsers.as;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.http.entity.mime.HttpMultipartMode;

/** Real file contents for upload tests, and multipart requests as a given user. */
public final class TestFiles {
    private TestFiles() {
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    /** A minimal lossless WebP (1×1): RIFF container, WEBP form, VP8L chunk. */
    public static byte[] webp() {
        return new byte[] {'R', 'I', 'F', 'F', 0x1A, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 0x0D, 0, 0, 0,
            0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xFE, 0x07, 0};
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>"
                + " endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] text() {
        return "Giấy chứng nhận — không phải PDF\n".getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG padded to {@code size} bytes: valid magic, too large. */
    public static byte[] pngOfSize(int size) {
        byte[] png = png();
        return Arrays.copyOf(png, size);
    }

    /** A multipart request carrying {@code content} in field {@code file} under the given name and declared type. */
    public static RequestSpecification upload(String user, String fileName, byte[] content, String declaredType) {
        // Browsers send UTF-8 file names; RestAssured's default would send ISO-8859-1.
        return as(user).config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .contentType("multipart/form-data").multiPart("file", fileName, content, declaredType);
    }

    private static byte[] image(String format) {
        BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xC0392B);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
