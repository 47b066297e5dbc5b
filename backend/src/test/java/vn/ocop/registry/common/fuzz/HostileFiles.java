package vn.ocop.registry.common.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of {@link HostileCases}' upload cases: a multipart body, a truncatable workbook, a zip bomb, a PNG that
 * declares a huge image. Their bytes depend on nothing but their arguments, so that a seed always gives the same case.
 */
final class HostileFiles {
    private HostileFiles() {
    }

    static byte[] multipart(String boundary, String field, String name, String type, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(
                HostileCases.bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + name + "\"\r\nContent-Type: " + type + "\r\n\r\n"));
        out.writeBytes(content);
        out.writeBytes(HostileCases.bytes("\r\n--" + boundary + "--\r\n"));
        return out.toByteArray();
    }

    private static byte[] workbookBytes;

    /** A small valid workbook, made once, for truncating. */
    static synchronized byte[] workbook() {
        if (workbookBytes == null) {
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
                book.createSheet("Dữ liệu").createRow(0).createCell(0).setCellValue("Tên cơ sở");
                book.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(0)));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                book.write(out);
                // The same bytes on every run: the entries' times made anew, in a fixed order.
                ByteArrayOutputStream fixed = new ByteArrayOutputStream();
                try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()));
                        ZipOutputStream zip = new ZipOutputStream(fixed)) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        zip.putNextEntry(entry(e.getName()));
                        in.transferTo(zip);
                    }
                }
                workbookBytes = fixed.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return workbookBytes;
    }

    /** A zip entry dated 1 January 2000, not now: a case's bytes depend on its seed alone. */
    private static ZipEntry entry(String name) {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
        return e;
    }

    static byte[] zipBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(entry("[Content_Types].xml"));
            zip.write(HostileCases.bytes("<?xml version=\"1.0\"?><Types/>"));
            zip.putNextEntry(entry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 16; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(entry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG whose header declares a huge image: decoding it in full would need 40 GB. */
    static byte[] pngBomb() {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(8 + 25 + 12 + 12);
        b.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] ihdr = java.nio.ByteBuffer.allocate(17).put(HostileCases.bytes("IHDR")).putInt(100_000).putInt(100_000)
                .put(new byte[]{8, 6, 0, 0, 0}).array();
        b.putInt(13).put(ihdr).putInt(crc(ihdr));
        byte[] idat = java.nio.ByteBuffer.allocate(8).put(HostileCases.bytes("IDAT")).put(new byte[]{0x78, (byte) 0x9C, 3, 0})
                .array();
        b.putInt(4).put(idat).putInt(crc(idat));
        return java.util.Arrays.copyOf(b.array(), b.position());
    }

    private static int crc(byte[] chunk) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(chunk);
        return (int) crc.getValue();
    }
}
