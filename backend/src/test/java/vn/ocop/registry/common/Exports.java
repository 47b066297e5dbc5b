package vn.ocop.registry.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManagerFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Downloads list exports as a caller and reads them back, checking what every export promises. */
public final class Exports {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Exports() {
    }

    /** The list's {@code total} for the same filters, counted by the database (a page of one row). */
    public static int total(String user, String listPath, Map<String, ?> filters) {
        return as(user).queryParams(filters).queryParam("size", 1).get(listPath).then().statusCode(200).extract().jsonPath()
                .getInt("total");
    }

    /** The XLSX export, checked to be a download named {@code fileName}.xlsx. */
    public static XSSFWorkbook xlsx(String user, String exportPath, Map<String, ?> filters, String fileName) {
        byte[] body = as(user).queryParams(filters).queryParam("format", "XLSX").get(exportPath)
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("attachment; filename=\"" + fileName + ".xlsx\""))
                .extract().asByteArray();
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header row's texts. */
    public static List<String> headers(Sheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** The CSV export's lines without the line ends, checked to start with the UTF-8 BOM and to end lines with CRLF. */
    public static List<String> csv(String user, String exportPath, Map<String, ?> filters) {
        byte[] body = as(user).queryParams(filters).queryParam("format", "CSV").get(exportPath)
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asByteArray();
        assertEquals((byte) 0xEF, body[0]);
        assertEquals((byte) 0xBB, body[1]);
        assertEquals((byte) 0xBF, body[2]);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), "the last line ends with CRLF");
        assertFalse(text.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        return List.of(text.split("\r\n"));
    }

    /** Anonymous callers get 401; a format other than XLSX or CSV is a 400 problem. */
    public static void requireAuthenticationAndAKnownFormat(String exportPath) {
        as(ANONYMOUS).queryParam("format", "CSV").get(exportPath).then().statusCode(401);
        as(OFFICE).queryParam("format", "PDF").get(exportPath).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("format"));
    }

    /** What a person reads in a response: an XLSX's cells, a PDF's text, any other body as it is. */
    public static String readable(Response response) {
        String type = String.valueOf(response.contentType());
        if (type.startsWith(XLSX)) {
            return cells(response.asByteArray());
        }
        return type.startsWith("application/pdf") ? pdfText(response.asByteArray()) : response.asString();
    }

    /** Every cell of every sheet as formatted text: tabs between cells, a line per row. */
    public static String cells(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        DataFormatter format = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    row.forEach(cell -> text.append(format.formatCellValue(cell)).append('\t'));
                    text.append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A PDF's text. */
    public static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many SQL statements {@code call} prepares (statistics are switched on just for it). */
    public static long statements(EntityManagerFactory emf, Function<RequestSpecification, ?> call) {
        return statements(emf, OFFICE, call);
    }

    /** How many SQL statements {@code call}, made as {@code user}, prepares. */
    public static long statements(EntityManagerFactory emf, String user, Function<RequestSpecification, ?> call) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.setStatisticsEnabled(true);
        stats.clear();
        try {
            call.apply(as(user));
            return stats.getPrepareStatementCount();
        } finally {
            stats.setStatisticsEnabled(false);
        }
    }
}
