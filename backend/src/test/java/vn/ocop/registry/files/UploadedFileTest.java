package vn.ocop.registry.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.ocop.registry.common.Problem;
import vn.ocop.registry.common.ProblemException;

class UploadedFileTest {
    private static final Set<FileType> IMAGES = Set.of(FileType.JPEG, FileType.PNG, FileType.WEBP);
    private static final Set<FileType> EVIDENCE = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);

    @Test
    void sniffsFormatsFromTheirContent() {
        assertEquals(Optional.of(FileType.PNG), FileType.sniff(TestFiles.png()));
        assertEquals(Optional.of(FileType.JPEG), FileType.sniff(TestFiles.jpeg()));
        assertEquals(Optional.of(FileType.WEBP), FileType.sniff(TestFiles.webp()));
        assertEquals(Optional.of(FileType.PDF), FileType.sniff(TestFiles.pdf()));
    }

    @Test
    void refusesWhatIsNoneOfThem() {
        assertEquals(Optional.empty(), FileType.sniff(TestFiles.text()));
        assertEquals(Optional.empty(), FileType.sniff(new byte[0]));
        assertEquals(Optional.empty(), FileType.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8}), "truncated JPEG magic");
        assertEquals(Optional.empty(), FileType.sniff("%PD".getBytes(StandardCharsets.US_ASCII)));
        // A RIFF container that is not WebP (a WAV sound).
        assertEquals(Optional.empty(), FileType.sniff("RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)));
        // A PDF signature later in the file does not count.
        assertEquals(Optional.empty(), FileType.sniff(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void wholeFilesOfEachFormatPass() {
        assertEquals(FileType.PNG, UploadedFile.check(TestFiles.png(), "a.png", "file", IMAGES).type());
        assertEquals(FileType.JPEG, UploadedFile.check(TestFiles.jpeg(), "a.jpg", "file", IMAGES).type());
        assertEquals(FileType.WEBP, UploadedFile.check(TestFiles.webp(), "a.webp", "file", IMAGES).type());
        assertEquals(FileType.WEBP, UploadedFile.check(TestFiles.lossyWebp(), "a.webp", "file", IMAGES).type());
        assertEquals(FileType.PDF, UploadedFile.check(TestFiles.pdf(), "a.pdf", "file", EVIDENCE).type());
        byte[] pdfWithLineEnds = concat(TestFiles.pdf(), "\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(FileType.PDF, UploadedFile.check(pdfWithLineEnds, "a.pdf", "file", EVIDENCE).type());
    }

    /** Phones append data after a JPEG's end marker: the photo is kept, what follows it is never stored. */
    @Test
    void aJpegIsStoredWithoutWhatFollowsItsEndMarker() {
        byte[] jpeg = TestFiles.jpeg();
        UploadedFile trailed = UploadedFile.check(concat(jpeg, HTML.getBytes(StandardCharsets.UTF_8)), "a.jpg", "photo",
                IMAGES);
        assertArrayEquals(jpeg, trailed.content());
        assertEquals(UploadedFile.check(jpeg, "a.jpg", "photo", IMAGES).sha256(), trailed.sha256());
    }

    /** Files whose first bytes are right and whose rest is not: each is refused on its field, naming the format. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("counterfeits")
    void onlyWholeFilesPass(String what, byte[] content) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> UploadedFile.check(content, "anh.png", "photo", Set.of(FileType.values())), what);
        Problem p = e.toProblem(null);
        assertEquals(400, p.status());
        assertEquals("photo", p.errors().get(0).field());
        assertTrue(p.errors().get(0).message().startsWith("is not a valid " + FileType.sniff(content).orElseThrow()),
                p.errors().get(0).message());
    }

    static Stream<Arguments> counterfeits() {
        byte[] png = TestFiles.png();
        byte[] jpeg = TestFiles.jpeg();
        byte[] webp = TestFiles.webp();
        byte[] pdf = TestFiles.pdf();
        byte[] html = HTML.getBytes(StandardCharsets.UTF_8);
        // Well-formed files whose image data is noise: only decoding finds them out.
        byte[] noisyJpeg = jpeg.clone();
        Arrays.fill(noisyJpeg, scanData(jpeg), jpeg.length - 2, (byte) 0x55);
        byte[] noisyPng = concat(Arrays.copyOf(png, 33), TestFiles.chunk("IDAT", noise(40)),
                TestFiles.chunk("IEND", new byte[0]));
        byte[] noisyWebp = webp.clone();
        Arrays.fill(noisyWebp, 21, webp.length - 1, (byte) 0xA5);
        byte[] damagedPng = png.clone();
        damagedPng[png.length - 20] ^= 0x01;
        byte[] lyingWebp = webp.clone();
        lyingWebp[4] += 8;
        return Stream.of(
                Arguments.of("PNG signature followed by HTML", concat(Arrays.copyOf(png, 8), html)),
                Arguments.of("PNG header chunk followed by HTML", concat(Arrays.copyOf(png, 33), html)),
                Arguments.of("truncated PNG", Arrays.copyOf(png, png.length - 13)),
                Arguments.of("PNG followed by HTML", concat(png, html)),
                Arguments.of("PNG with a damaged chunk", damagedPng),
                Arguments.of("PNG with noise for its image data", noisyPng),
                Arguments.of("PNG claiming ten billion pixels", hugePng()),
                Arguments.of("JPEG header followed by garbage", concat(Arrays.copyOf(jpeg, 4), html)),
                Arguments.of("JPEG start marker followed by HTML", concat(Arrays.copyOf(jpeg, 3), html)),
                Arguments.of("truncated JPEG", Arrays.copyOf(jpeg, jpeg.length - 40)),
                Arguments.of("JPEG with noise for its image data", noisyJpeg),
                Arguments.of("WebP header followed by HTML", concat(Arrays.copyOf(webp, 12), html)),
                Arguments.of("WebP with a RIFF size that is not its own", lyingWebp),
                Arguments.of("truncated WebP", Arrays.copyOf(webp, webp.length - 4)),
                Arguments.of("WebP with noise for its image data", noisyWebp),
                Arguments.of("PDF header followed by HTML", concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), html)),
                Arguments.of("PDF header, HTML and an end marker",
                        concat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), html,
                                "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))),
                Arguments.of("PDF followed by HTML", concat(pdf, html)),
                Arguments.of("truncated PDF", Arrays.copyOf(pdf, pdf.length / 2)));
    }

    private static final String HTML = "<html><body><script>alert(document.cookie)</script></body></html>";

    /** A well-formed PNG whose header claims 100,000 × 100,000 pixels: refused before any decoding. */
    private static byte[] hugePng() {
        byte[] png = TestFiles.png();
        byte[] header = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put(new byte[]{8, 2, 0, 0, 0}).array();
        return concat(Arrays.copyOf(png, 8), TestFiles.chunk("IHDR", header), Arrays.copyOfRange(png, 33, png.length));
    }

    /** Where the entropy-coded data of the JPEG's (first) scan starts: after the start-of-scan segment. */
    private static int scanData(byte[] jpeg) {
        int sos = 2;
        while ((jpeg[sos] & 0xFF) != 0xFF || (jpeg[sos + 1] & 0xFF) != 0xDA) {
            sos++;
        }
        return sos + 2 + ((jpeg[sos + 2] & 0xFF) << 8 | jpeg[sos + 3] & 0xFF);
    }

    private static byte[] noise(int length) {
        byte[] noise = new byte[length];
        Arrays.fill(noise, (byte) 0x55);
        return noise;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void contentDecidesNotTheName() {
        UploadedFile f = UploadedFile.check(TestFiles.png(), "anh-cha-hoa.jpg", "file", IMAGES);
        assertEquals(FileType.PNG, f.type());
        assertEquals("image/png", f.type().mediaType());
        assertEquals("anh-cha-hoa.jpg", f.fileName());
        assertArrayEquals(TestFiles.png(), f.content());
    }

    @Test
    void aTextFileNamedPdfIsRefused() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> UploadedFile.check(TestFiles.text(), "giay-chung-nhan.pdf", "file", EVIDENCE));
        Problem p = e.toProblem(null);
        assertEquals(400, p.status());
        assertEquals("file", p.errors().get(0).field());
        assertTrue(p.errors().get(0).message().contains("JPEG, PDF, PNG"), p.errors().get(0).message());
    }

    @Test
    void aFormatOutsideTheAcceptedSetIsRefused() {
        assertThrows(ProblemException.class, () -> UploadedFile.check(TestFiles.webp(), "a.webp", "file", EVIDENCE));
        assertThrows(ProblemException.class, () -> UploadedFile.check(TestFiles.pdf(), "a.pdf", "file", IMAGES));
    }

    @Test
    void sizeLimits() {
        byte[] atLimit = TestFiles.pngOfSize((int) UploadedFile.MAX_BYTES);
        assertEquals(UploadedFile.MAX_BYTES, UploadedFile.check(atLimit, "a.png", "file", IMAGES).content().length);

        ProblemException tooLarge = assertThrows(ProblemException.class, () -> UploadedFile.check(
                TestFiles.pngOfSize((int) UploadedFile.MAX_BYTES + 1), "a.png", "photo", IMAGES));
        assertEquals(413, tooLarge.status());
        assertEquals("photo", tooLarge.toProblem(null).errors().get(0).field());

        ProblemException empty = assertThrows(ProblemException.class,
                () -> UploadedFile.check(new byte[0], "a.png", "file", IMAGES));
        assertEquals(400, empty.status());
    }

    @Test
    void checksumAndFileName() {
        UploadedFile f = UploadedFile.check(TestFiles.pdf(), "C:\\Users\\Lan\\Giấy chứng nhận ATTP.pdf", "file", EVIDENCE);
        assertEquals("Giấy chứng nhận ATTP.pdf", f.fileName());
        assertEquals(64, f.sha256().length());
        UploadedFile again = UploadedFile.check(TestFiles.pdf(), null, "file", EVIDENCE);
        assertEquals(f.sha256(), again.sha256());
        assertNull(again.fileName());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855".length(), again.sha256().length());
    }
}
