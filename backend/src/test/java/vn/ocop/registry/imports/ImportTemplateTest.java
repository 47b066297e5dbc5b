package vn.ocop.registry.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.TestData;

@QuarkusTest
class ImportTemplateTest {
    static XSSFWorkbook template(String kind) throws IOException {
        byte[] body = as(OFFICE).get("/api/v1/imports/templates/" + kind).then().statusCode(200)
                .contentType(equalTo(Sheets.XLSX))
                .header("Content-Disposition", containsString("mau-nhap-" + kind + ".xlsx")).extract().asByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"producers", "products", "certifications"})
    void eachKindHasHeadersDropDownsAndInstructions(String kind) throws IOException {
        try (XSSFWorkbook wb = template(kind)) {
            Sheet data = wb.getSheet("Dữ liệu");
            List<String> headers = new ArrayList<>();
            data.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            List<String> expected = ImportKind.of(kind).columns.stream()
                    .map(c -> c.header() + (c.required() ? " *" : "")).toList();
            assertEquals(expected, headers);
            long choices = ImportKind.of(kind).columns.stream().filter(c -> c.list() != null).count();
            List<? extends DataValidation> validations = data.getDataValidations();
            assertEquals(choices, validations.size());
            assertTrue(validations.stream().allMatch(v -> v.getValidationConstraint().getFormula1().startsWith("DS_")));
            assertTrue(wb.getSheet("Hướng dẫn").getRow(0).getCell(0).getStringCellValue().startsWith("Mẫu nhập"));
            assertTrue(wb.isSheetHidden(wb.getSheetIndex("Danh mục")));
        }
    }

    @Test
    void theListsHoldTheValuesAndAFilledTemplateImports() throws IOException {
        try (XSSFWorkbook wb = template("producers")) {
            Sheet lists = wb.getSheet("Danh mục");
            List<String> types = new ArrayList<>();
            for (int r = 1; r <= 4; r++) {
                types.add(lists.getRow(r).getCell(0).getStringCellValue());
            }
            assertEquals(List.of("Doanh nghiệp", "Hợp tác xã", "Tổ hợp tác", "Hộ kinh doanh"), types);
            // Filled in as a user would: the drop-downs' labels, a district picked from its list.
            Row row = wb.getSheet("Dữ liệu").createRow(1);
            String m = TestData.marker();
            row.createCell(0).setCellValue("HTX " + m);
            row.createCell(1).setCellValue("Hợp tác xã");
            row.createCell(2).setCellValue(TestData.taxCode());
            row.createCell(7).setCellValue(CAUKE + " - Huyện Cầu Kè");
            row.createCell(9).setCellValue("01/06/2019");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Sheets.dryRun(OFFICE, "producers", out.toByteArray()).then().statusCode(200)
                    .body("valid", equalTo(true)).body("rows[0].action", equalTo("CREATE"));
        }
    }
}
