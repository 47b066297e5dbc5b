package vn.ocop.registry.common;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.google.zxing.common.BitMatrix;

/**
 * A printed document (PDF, A4) in Vietnamese: PDFBox's standard fonts have no Vietnamese letters, so DejaVu Serif
 * (bundled in {@code fonts/}, Bitstream Vera licence) is embedded, subset to the letters used. Coordinates are points
 * from the page's bottom left, as in PDF.
 */
public final class PrintedDocument implements AutoCloseable {
    private static final byte[] REGULAR = font("fonts/DejaVuSerif.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSerif-Bold.ttf");

    private final PDDocument doc = new PDDocument();
    private final PDRectangle size;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private PDPageContentStream out;

    private PrintedDocument(PDRectangle size, String title) {
        this.size = size;
        try {
            regular = PDType0Font.load(doc, new ByteArrayInputStream(REGULAR), true);
            bold = PDType0Font.load(doc, new ByteArrayInputStream(BOLD), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        doc.setDocumentInformation(info);
    }

    public static PrintedDocument a4(boolean landscape, String title) {
        return new PrintedDocument(landscape
                ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4, title);
    }

    public float width() {
        return size.getWidth();
    }

    public float height() {
        return size.getHeight();
    }

    /** Starts a page; what follows is drawn on it. */
    public PrintedDocument newPage() {
        try {
            closePage();
            PDPage page = new PDPage(size);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float textWidth(String text, float fontSize, boolean isBold) {
        try {
            return (isBold ? bold : regular).getStringWidth(printable(text, isBold)) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text whose baseline starts at (x, y). */
    public void text(String text, float x, float y, float fontSize, boolean isBold) {
        try {
            out.beginText();
            out.setFont(isBold ? bold : regular, fontSize);
            out.newLineAtOffset(x, y);
            out.showText(printable(text, isBold));
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text centred on {@code centerX}. */
    public void centered(String text, float centerX, float y, float fontSize, boolean isBold) {
        text(text, centerX - textWidth(text, fontSize, isBold) / 2, y, fontSize, isBold);
    }

    /** The text broken into lines no wider than {@code maxWidth}, at spaces (a longer word stands alone). */
    public List<String> wrap(String text, float maxWidth, float fontSize, boolean isBold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text).trim().split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && textWidth(tried, fontSize, isBold) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    public void color(Color color) {
        try {
            out.setNonStrokingColor(color);
            out.setStrokingColor(color);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void rectangle(float x, float y, float w, float h, float lineWidth) {
        try {
            out.setLineWidth(lineWidth);
            out.addRect(x, y, w, h);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void line(float x1, float y1, float x2, float y2, float lineWidth) {
        try {
            out.setLineWidth(lineWidth);
            out.moveTo(x1, y1);
            out.lineTo(x2, y2);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A QR code of {@code content} as vector modules (sharp at any print size), its quiet zone included in {@code side}. */
    public void qrCode(String content, float x, float y, float side) {
        BitMatrix m = QrCodes.encode(content);
        float module = side / m.getWidth();
        try {
            for (int row = 0; row < m.getHeight(); row++) {
                for (int col = 0; col < m.getWidth(); col++) {
                    if (m.get(col, row)) {
                        out.addRect(x + col * module, y + side - (row + 1) * module, module, module);
                    }
                }
            }
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled five-pointed star centred on (cx, cy), {@code radius} to its points. */
    public void star(float cx, float cy, float radius) {
        try {
            for (int i = 0; i < 10; i++) {
                double r = i % 2 == 0 ? radius : radius * 0.4;
                double angle = Math.PI / 2 + i * Math.PI / 5;
                float px = (float) (cx + r * Math.cos(angle));
                float py = (float) (cy + r * Math.sin(angle));
                if (i == 0) {
                    out.moveTo(px, py);
                } else {
                    out.lineTo(px, py);
                }
            }
            out.closePath();
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A table from {@code top} down, its header repeated on each page it runs onto; cells wrap. Returns the y below
     * its last row.
     */
    public float table(float x, float top, float[] widths, List<String> header, List<List<String>> rows, float fontSize) {
        float margin = 40;
        float y = tableRow(x, top, widths, header, fontSize, true);
        for (List<String> row : rows) {
            if (y - rowHeight(widths, row, fontSize, false) < margin) {
                newPage();
                y = tableRow(x, height() - margin, widths, header, fontSize, true);
            }
            y = tableRow(x, y, widths, row, fontSize, false);
        }
        return y;
    }

    private float rowHeight(float[] widths, List<String> cells, float fontSize, boolean isBold) {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, wrap(cells.get(i), widths[i] - 6, fontSize, isBold).size());
        }
        return lines * fontSize * 1.3f + 6;
    }

    private float tableRow(float x, float top, float[] widths, List<String> cells, float fontSize, boolean isBold) {
        float h = rowHeight(widths, cells, fontSize, isBold);
        float left = x;
        for (int i = 0; i < widths.length; i++) {
            rectangle(left, top - h, widths[i], h, 0.5f);
            float baseline = top - 3 - fontSize;
            for (String line : wrap(cells.get(i), widths[i] - 6, fontSize, isBold)) {
                text(line, left + 3, baseline, fontSize, isBold);
                baseline -= fontSize * 1.3f;
            }
            left += widths[i];
        }
        return top - h;
    }

    public byte[] bytes() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            closePage();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            closePage();
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closePage() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** The font cannot draw line breaks, and stops at a letter it lacks: those become spaces and '?'. */
    private String printable(String text, boolean isBold) {
        PDType0Font font = isBold ? bold : regular;
        StringBuilder sb = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(cp -> {
            String c = Character.isWhitespace(cp) || Character.isISOControl(cp) ? " " : Character.toString(cp);
            try {
                font.encode(c);
                sb.append(c);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private static byte[] font(String resource) {
        try (InputStream in = PrintedDocument.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
