package vn.ocop.registry.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
        assertEquals(Optional.empty(), FileType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8}), "truncated JPEG magic");
        assertEquals(Optional.empty(), FileType.sniff("%PD".getBytes(StandardCharsets.US_ASCII)));
        // A RIFF container that is not WebP (a WAV sound).
        assertEquals(Optional.empty(), FileType.sniff("RIFF\u0024\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)));
        // A PDF signature later in the file does not count.
        assertEquals(Optional.empty(), FileType.sniff(" %PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
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
