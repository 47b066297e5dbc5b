package vn.ocop.registry.producer;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.common.Exports;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.product.ProductFixtures;

/**
 * A household business's tax code is its owner's personal tax code, even in the 10-digit form of an
 * enterprise's: integrators never receive it, in any view or export, while staff do.
 */
@QuarkusTest
class HouseholdPrivacyTest {
    /** Letters only, so that it cannot collide with the words of other tests' names. */
    private static final String MARKER = "Kín" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    private static final Map<String, String> MINE = Map.of("q", MARKER);
    private static final String PERSONAL = "taxCode";

    private static String householdTaxCode;
    private static String coopTaxCode;
    private static long household;
    private static long product;

    @BeforeEach
    void producers() {
        if (household != 0) {
            return;
        }
        Map<String, Object> body = new HashMap<>(TestData.producer(TRAVINH, "Hộ kinh doanh Bánh tét " + MARKER));
        body.put("type", "HOUSEHOLD_BUSINESS");
        householdTaxCode = (String) body.get("taxCode");
        household = as(OFFICE).body(body).post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> coop = TestData.producer(TRAVINH, "Hợp tác xã Dừa " + MARKER);
        coopTaxCode = (String) coop.get("taxCode");
        as(OFFICE).body(coop).post("/api/v1/producers").then().statusCode(201);
        product = ProductFixtures.create(OFFICE, ProductFixtures.body(household, "Bánh tét lá cẩm " + MARKER))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void detailAndListOmitTheHouseholdsTaxCodeForIntegrators() {
        as(INTEGRATOR).get("/api/v1/producers/" + household).then().statusCode(200)
                .body("$", not(hasKey(PERSONAL))).body("$", not(hasKey("phone"))).body("$", not(hasKey("representative")))
                .body("name", equalTo("Hộ kinh doanh Bánh tét " + MARKER));
        List<Map<String, Object>> items = as(INTEGRATOR).queryParams(MINE).get("/api/v1/producers").then().statusCode(200)
                .body("total", equalTo(2)).extract().jsonPath().getList("items");
        for (Map<String, Object> item : items) {
            boolean isHousehold = "HOUSEHOLD_BUSINESS".equals(item.get("type"));
            assertEquals(!isHousehold, item.containsKey(PERSONAL), item.toString());
        }
        assertTrue(items.stream().anyMatch(i -> coopTaxCode.equals(i.get(PERSONAL))), "a cooperative's tax code stays");

        as(OFFICE).get("/api/v1/producers/" + household).then().body(PERSONAL, equalTo(householdTaxCode));
    }

    @Test
    void noOtherViewOfTheHouseholdCarriesIt() {
        String asIntegrator = as(INTEGRATOR).get("/api/v1/products/" + product).then().statusCode(200).extract().asString();
        String list = as(INTEGRATOR).queryParam("producerId", household).get("/api/v1/products").then().statusCode(200)
                .extract().asString();
        for (String body : List.of(asIntegrator, list)) {
            assertTrue(body.contains(MARKER), body);
            assertFalse(body.contains(householdTaxCode), body);
        }
    }

    @Test
    void exportsLeaveItOutForIntegratorsOnly() throws Exception {
        String integratorCsv = String.join("\n", Exports.csv(INTEGRATOR, "/api/v1/producers/export", MINE));
        assertTrue(integratorCsv.contains("Bánh tét " + MARKER), integratorCsv);
        assertFalse(integratorCsv.contains(householdTaxCode), integratorCsv);
        assertTrue(integratorCsv.contains(coopTaxCode), integratorCsv);
        assertTrue(String.join("\n", Exports.csv(OFFICE, "/api/v1/producers/export", MINE)).contains(householdTaxCode));

        assertEquals("", taxCodeCell(INTEGRATOR));
        assertEquals(householdTaxCode, taxCodeCell(OFFICE));
    }

    /** The "Mã số thuế" cell of the household's row in the XLSX export as {@code user} sees it. */
    private static String taxCodeCell(String user) throws Exception {
        try (XSSFWorkbook wb = Exports.xlsx(user, "/api/v1/producers/export", MINE, "co-so-ocop")) {
            Sheet sheet = wb.getSheetAt(0);
            int column = Exports.headers(sheet).indexOf("Mã số thuế");
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && format.formatCellValue(row.getCell(1)).contains("Bánh tét")) {
                    return format.formatCellValue(row.getCell(column));
                }
            }
            throw new AssertionError("the household's row is missing");
        }
    }
}
