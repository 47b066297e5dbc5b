package vn.ocop.registry.files;

import static vn.ocop.registry.common.TestUsers.as;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.http.entity.mime.HttpMultipartMode;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.specification.RequestSpecification;

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
        return new byte[]{'R', 'I', 'F', 'F', 0x1A, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 0x0D, 0, 0, 0,
                0x2F, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xFE, 0x07, 0};
    }

    /** A minimal lossy WebP (1×1): RIFF container, WEBP form, VP8 chunk with a key frame. */
    public static byte[] lossyWebp() {
        return Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");
    }

    /** A one-page PDF with its cross-reference table, trailer and end marker. */
    public static byte[] pdf() {
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] text() {
        return "Giấy chứng nhận — không phải PDF\n".getBytes(StandardCharsets.UTF_8);
    }

    /** A valid PNG of exactly {@code size} bytes: a text chunk before its end (IEND) fills it up. */
    public static byte[] pngOfSize(int size) {
        byte[] png = png();
        int iend = png.length - 12;
        byte[] text = new byte[size - png.length - 12];
        Arrays.fill(text, (byte) ' ');
        System.arraycopy("Comment\0".getBytes(StandardCharsets.US_ASCII), 0, text, 0, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        out.write(png, 0, iend);
        out.writeBytes(chunk("tEXt", text));
        out.write(png, iend, 12);
        return out.toByteArray();
    }

    /** A PNG chunk: length, type, data and the CRC of type and data. */
    public static byte[] chunk(String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII))
                .put(data).putInt((int) crc.getValue()).array();
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
