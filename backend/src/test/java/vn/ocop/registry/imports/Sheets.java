package vn.ocop.registry.imports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestUsers;

/** Workbooks built in the tests, as people fill them in, and the import calls. */
public final class Sheets {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Sheets() {
    }

    /** A workbook of one sheet: the header row, then the rows (String, Number or LocalDate cells; null leaves blank). */
    /** A producers spreadsheet of one valid row: a producer of {@code district} named {@code name}. */
    public static byte[] producers(String name, String district) {
        return xlsx(ImportApiTest.PRODUCER_HEADERS, List.of(ImportApiTest.producerRow(name, TestData.taxCode(), district)));
    }

    public static byte[] xlsx(List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Sheet1");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestSpecification upload(String user, byte[] file) {
        RequestSpecification spec = given().multiPart("file", "nhap.xlsx", file, XLSX);
        return TestUsers.ANONYMOUS.equals(user) ? spec : spec.auth().oauth2(TestUsers.token(user));
    }

    static Response dryRun(String user, String kind, byte[] file) {
        return upload(user, file).queryParam("dryRun", true).post("/api/v1/imports/" + kind);
    }

    static Response commit(String user, String kind, byte[] file) {
        return upload(user, file).post("/api/v1/imports/" + kind);
    }

    /** Commits a good file and waits for its job: the finished job. */
    public static Response imported(String user, String kind, byte[] file) {
        String location = commit(user, kind, file).then().statusCode(202).extract().header("Location");
        return finished(user, location);
    }

    static Response finished(String user, String location) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Response job = TestUsers.as(user).get(location);
            assertEquals(200, job.statusCode(), job.asString());
            if (!"RUNNING".equals(job.path("status"))) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("the import job did not finish in 2 minutes");
        return null;
    }

    /** A GTIN-13 with a correct GS1 check digit, from 12 data digits. */
    static String gtin13(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = twelve.charAt(11 - i) - '0';
            sum += i % 2 == 0 ? d * 3 : d;
        }
        return twelve + (10 - sum % 10) % 10;
    }
}
