package vn.ocop.registry.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * Whether a file is wholly what its first bytes say: its structure is walked to the format's end, with
 * nothing after it, and images are decoded in full, PDFs parsed down to their pages. A PNG signature
 * followed by a web page is no photo.
 */
final class WholeFile {
    /** Larger images are refused before decoding: a small file must not make the server allocate gigabytes. */
    static final long MAX_PIXELS = 50_000_000L;
    /** Images are decoded subsampled to about this many pixels: every byte is decoded, little is kept. */
    private static final long KEPT_PIXELS = 1_000_000L;
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private WholeFile() {
    }

    /** What is wrong with {@code content} as a file of {@code type} (whose magic bytes it has), or null. */
    static String problem(FileType type, byte[] content) {
        return switch (type) {
            case PNG -> orElse(png(content), () -> decode(content, jdkReader("png")));
            case JPEG -> orElse(jpeg(content), () -> decode(content, jdkReader("jpeg")));
            case WEBP -> orElse(webp(content), () -> decode(content, webpReader()));
            case PDF -> pdf(content);
        };
    }

    /** Chunks with their CRCs from the header (IHDR) to the end (IEND), which must be the file's end. */
    private static String png(byte[] c) {
        int pos = 8;
        CRC32 crc = new CRC32();
        while (pos + 12 <= c.length) {
            long length = u32(c, pos, false);
            if (length > c.length - pos - 12) {
                return "has a chunk that runs past the end of the file";
            }
            String type = new String(c, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (pos == 8 && !type.equals("IHDR")) {
                return "does not start with its header chunk (IHDR)";
            }
            crc.reset();
            crc.update(c, pos + 4, 4 + (int) length);
            if (crc.getValue() != u32(c, pos + 8 + (int) length, false)) {
                return "has a damaged chunk (CRC)";
            }
            pos += 12 + (int) length;
            if (type.equals("IEND")) {
                return pos == c.length ? null : "has data after its end (IEND)";
            }
        }
        return "ends before its end chunk (IEND)";
    }

    /** Segments and entropy-coded scans from the start marker to the end marker (EOI); see {@link #withoutTrailer}. */
    private static String jpeg(byte[] c) {
        try {
            jpegEnd(c);
            return null;
        } catch (Broken e) {
            return e.getMessage();
        }
    }

    /**
     * A JPEG up to its end marker: phones append data after it (Samsung trailers, motion photos' videos), which
     * is dropped rather than refused, so that what is stored is the photo alone.
     */
    static byte[] withoutTrailer(FileType type, byte[] content) {
        if (type == FileType.JPEG) {
            try {
                int end = jpegEnd(content);
                return end < content.length ? Arrays.copyOf(content, end) : content;
            } catch (Broken e) {
                // problem() names what is wrong
            }
        }
        return content;
    }

    /** Where the end marker (EOI) ends. */
    private static int jpegEnd(byte[] c) throws Broken {
        int pos = 2;
        while (true) {
            if (pos + 1 >= c.length) {
                throw new Broken("ends before its end marker (EOI)");
            }
            if ((c[pos] & 0xFF) != 0xFF) {
                throw new Broken("has data where a marker should be");
            }
            int marker = c[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++; // fill byte
                continue;
            }
            pos += 2;
            if (marker == 0xD9) {
                return pos;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                continue; // markers without a length
            }
            if (marker == 0x00 || marker == 0xD8 || pos + 2 > c.length) {
                throw new Broken("has a damaged marker");
            }
            int length = (c[pos] & 0xFF) << 8 | c[pos + 1] & 0xFF;
            if (length < 2 || length > c.length - pos) {
                throw new Broken("has a segment that runs past the end of the file");
            }
            pos += length;
            if (marker == 0xDA) {
                // A scan's data runs to the next marker other than a stuffed 0xFF00 or a restart marker.
                while (pos + 1 < c.length && !isMarker(c[pos], c[pos + 1])) {
                    pos++;
                }
            }
        }
    }

    private static boolean isMarker(byte b, byte next) {
        int n = next & 0xFF;
        return (b & 0xFF) == 0xFF && n != 0x00 && (n < 0xD0 || n > 0xD7);
    }

    /** The RIFF container: its size is the file's, and its chunks fill it exactly, image data first. */
    private static String webp(byte[] c) {
        if (c.length < 20 || u32(c, 4, true) != c.length - 8L) {
            return "has a RIFF size that is not the file's size";
        }
        int pos = 12;
        while (pos < c.length) {
            if (pos + 8 > c.length) {
                return "ends inside a chunk header";
            }
            String type = new String(c, pos, 4, StandardCharsets.ISO_8859_1);
            if (pos == 12 && !List.of("VP8 ", "VP8L", "VP8X").contains(type)) {
                return "does not start with image data (VP8, VP8L or VP8X)";
            }
            long length = u32(c, pos + 4, true);
            long next = pos + 8 + length + (length & 1);
            if (next > c.length) {
                return "has a chunk that runs past the end of the file";
            }
            pos = (int) next;
        }
        return null;
    }

    /** A PDF ends with %%EOF (line ends after it are allowed), parses, and has pages that can be read. */
    private static String pdf(byte[] c) {
        int end = c.length;
        while (end > 0 && (c[end - 1] == '\n' || c[end - 1] == '\r' || c[end - 1] == ' ' || c[end - 1] == 0)) {
            end--;
        }
        if (end < PDF_END.length || !new String(c, end - PDF_END.length, PDF_END.length, StandardCharsets.US_ASCII)
                .equals("%%EOF")) {
            return "does not end with %%EOF";
        }
        try (PDDocument doc = Loader.loadPDF(c)) {
            int pages = 0;
            for (PDPage page : doc.getPages()) {
                page.getMediaBox(); // resolves the page and what it inherits: a broken page tree fails here
                pages++;
            }
            return pages == 0 ? "has no page" : null;
        } catch (InvalidPasswordException e) {
            return "is protected by a password";
        } catch (IOException | RuntimeException e) {
            return "cannot be read as a PDF";
        }
    }

    /** Decodes the first image in full (subsampled), refusing it on any error or warning of the decoder. */
    private static String decode(byte[] content, ImageReader reader) {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                return "has " + pixels + " pixels, more than the " + MAX_PIXELS + " accepted";
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(Math.sqrt((double) pixels / KEPT_PIXELS));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            reader.read(0, param);
            return warnings.isEmpty() ? null : "is damaged: " + warnings.get(0);
        } catch (IOException | RuntimeException e) {
            return "cannot be decoded";
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader jdkReader(String format) {
        return ImageIO.getImageReadersByFormatName(format).next();
    }

    /** The JDK has no WebP reader; this one is called directly, not looked up in the ImageIO registry. */
    private static ImageReader webpReader() {
        try {
            return new WebPImageReaderSpi().createReaderInstance();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long u32(byte[] c, int pos, boolean littleEndian) {
        long v = 0;
        for (int i = 0; i < 4; i++) {
            v = v << 8 | c[pos + (littleEndian ? 3 - i : i)] & 0xFF;
        }
        return v;
    }

    /** What is wrong with a file, found while walking its structure. */
    private static final class Broken extends Exception {
        Broken(String problem) {
            super(problem, null, false, false);
        }
    }

    private static String orElse(String problem, Supplier<String> next) {
        return problem != null ? problem : next.get();
    }
}
