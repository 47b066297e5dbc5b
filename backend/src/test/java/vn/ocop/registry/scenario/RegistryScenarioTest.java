package vn.ocop.registry.scenario;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.ocop.registry.common.TestData;

/**
 * The registry issue's acceptance walk-through, as the office would do it in Swagger UI: every fact
 * of the Trà Vinh 2019 report about the registry can be recorded, and another district's officer
 * cannot touch any of it.
 */
@QuarkusTest
class RegistryScenarioTest {
    private final String m = UUID.randomUUID().toString().substring(0, 6);

    private static Response created(String path, Object body) {
        return as(OFFICE).body(body).post(path).then().statusCode(201).extract().response();
    }

    private static long productSet(String legalBasis, int number) {
        return as(OFFICE).queryParam("legalBasis", legalBasis).queryParam("size", 200).get("/api/v1/product-sets")
                .jsonPath().getLong("items.find { it.number == " + number + " }.id");
    }

    @Test
    void theOfficeRecordsTheRegistryFactsOfTheReport() {
        long chaHoaMaker = created("/api/v1/producers", TestData.producer(TRAVINH, "Cơ sở Chả Hoa Tâm Tâm " + m)).jsonPath()
                .getLong("id");
        long teaMaker = created("/api/v1/producers", TestData.producer(TRAVINH, "Cơ sở Trà Thảo Mộc Thanh Hiền " + m))
                .jsonPath().getLong("id");
        long processedFood = productSet("DECISION_1048_2019", 7);
        Response chaHoa = created("/api/v1/products", Map.of("name", "Chả Hoa", "producerId", chaHoaMaker,
                "productSetId", processedFood, "yearEntered", 2019, "status", "ACTIVE"));
        Response tea = created("/api/v1/products", Map.of("name", "Trà Sâm Đinh Lăng", "producerId", teaMaker,
                "productSetId", processedFood, "yearEntered", 2019, "status", "ACTIVE"));
        long chaHoaId = chaHoa.jsonPath().getLong("id");
        long teaId = tea.jsonPath().getLong("id");

        // Chả Hoa: quality standard and GS1 barcode; Trà Sâm Đinh Lăng: an IP certificate.
        long standard = created("/api/v1/certifications", Map.of("productId", chaHoaId, "type", "QUALITY_STANDARD",
                "number", "TCCS 01:2019/TT", "issuer", "Chi cục Tiêu chuẩn Đo lường Chất lượng Trà Vinh",
                "issuedOn", "2019-06-14")).jsonPath().getLong("id");
        long barcode = created("/api/v1/certifications", Map.of("productId", chaHoaId, "type", "BARCODE",
                "number", gtin13(), "issuer", "GS1 Việt Nam", "issuedOn", "2019-07-01")).jsonPath().getLong("id");
        long ip = created("/api/v1/certifications", Map.of("productId", teaId, "type", "IP_TRADEMARK",
                "number", "338512", "issuer", "Cục Sở hữu trí tuệ", "issuedOn", "2019-09-20",
                "expiresOn", "2029-09-19")).jsonPath().getLong("id");
        as(OFFICE).queryParam("certificationType", "BARCODE").queryParam("q", "cha hoa tam tam " + m)
                .get("/api/v1/products").then().body("items.id", contains((int) chaHoaId));

        // A sales contract for the tea with a supermarket chain.
        long partner = created("/api/v1/partners", Map.of("type", "SUPERMARKET_CHAIN", "name", "Saigon Co.op " + m))
                .jsonPath().getLong("id");
        long contract = created("/api/v1/sales-contracts", Map.of("number", "HĐ-" + m, "partnerId", partner,
                "producerId", teaMaker, "signedOn", "2019-10-15", "startsOn", "2019-11-01", "endsOn", "2020-10-31",
                "lines", List.of(Map.of("productId", teaId, "quantity", 500, "unit", "hộp", "unitPriceVnd", 45000))))
                .then().body("totalValueVnd", equalTo(22_500_000)).extract().jsonPath().getLong("id");
        as(OFFICE).body(Map.of()).post("/api/v1/sales-contracts/" + contract + "/activate").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));

        // The Bạc Liêu fair, each participant showing its own product.
        long fair = created("/api/v1/trade-events", Map.of("name", "Hội chợ Nông nghiệp và sản phẩm OCOP Bạc Liêu " + m,
                "kind", "FAIR", "hostProvince", "Bạc Liêu", "startsOn", "2019-11-22", "endsOn", "2019-11-28"))
                .jsonPath().getLong("id");
        created("/api/v1/trade-events/" + fair + "/participants",
                Map.of("producerId", chaHoaMaker, "productIds", List.of(chaHoaId)));
        created("/api/v1/trade-events/" + fair + "/participants", Map.of("producerId", teaMaker, "productIds", List.of(teaId)));
        as(OFFICE).get("/api/v1/trade-events/" + fair + "/participants").then().body("total", equalTo(2));

        // A packaging-design support request carried to DONE.
        long support = created("/api/v1/support-requests", Map.of("producerId", chaHoaMaker, "type", "PACKAGING_DESIGN",
                "description", "Hỗ trợ thiết kế bao bì cho sản phẩm Chả Hoa", "requestedOn", "2019-06-15"))
                .jsonPath().getLong("id");
        for (String step : List.of("approve", "start", "complete")) {
            as(OFFICE).body(Map.of("note", "Bước " + step)).post("/api/v1/support-requests/" + support + "/" + step)
                    .then().statusCode(200);
        }
        as(OFFICE).get("/api/v1/support-requests/" + support).then().body("status", equalTo("DONE"))
                .body("steps.status", hasItems("REQUESTED", "APPROVED", "IN_PROGRESS", "DONE"));
        as(OFFICE).get("/api/v1/products/" + chaHoaId + "/history").then().statusCode(200)
                .body("items.actor", hasItem("office"));

        // The Cầu Kè officer can touch none of it.
        String etag = as(OFFICE).get("/api/v1/products/" + chaHoaId).header("ETag");
        as(DO_CAUKE).header("If-Match", etag).body(Map.of("name", "Chả Hoa", "producerId", chaHoaMaker,
                "productSetId", processedFood, "yearEntered", 2019, "status", "DISCONTINUED"))
                .put("/api/v1/products/" + chaHoaId).then().statusCode(403);
        as(DO_CAUKE).get("/api/v1/products/" + teaId).then().statusCode(403);
        for (long c : List.of(standard, barcode, ip)) {
            as(DO_CAUKE).get("/api/v1/certifications/" + c).then().statusCode(403);
            as(DO_CAUKE).header("If-Match", "\"0\"").delete("/api/v1/certifications/" + c).then().statusCode(403);
        }
        as(DO_CAUKE).body(Map.of()).post("/api/v1/sales-contracts/" + contract + "/terminate").then().statusCode(403);
        as(DO_CAUKE).body(Map.of("producerId", chaHoaMaker, "productIds", List.of(chaHoaId)))
                .post("/api/v1/trade-events/" + fair + "/participants").then().statusCode(403);
        as(DO_CAUKE).body(Map.of("note", "x")).post("/api/v1/support-requests/" + support + "/start").then().statusCode(403);
        as(DO_CAUKE).body(Map.of("productId", chaHoaId, "type", "VIETGAP", "number", "X", "issuer", "Y",
                "issuedOn", "2019-01-01")).post("/api/v1/certifications").then().statusCode(403);
        as(OFFICE).get("/api/v1/sales-contracts/" + contract).then().body("status", equalTo("ACTIVE"));
        as(OFFICE).get("/api/v1/products/" + chaHoaId).then().body("status", equalTo("ACTIVE"));
    }

    /** A fresh GTIN-13 with the Vietnamese prefix and a correct check digit. */
    private static String gtin13() {
        String data = "893" + String.format("%09d", (long) (Math.random() * 1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (data.charAt(11 - i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return data + (10 - sum % 10) % 10;
    }
}
