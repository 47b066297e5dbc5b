package vn.ocop.registry.commerce;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class SalesContractApiTest {
    private static final String CONTRACTS = "/api/v1/sales-contracts";

    @Inject
    CommerceFixtures fixtures;

    long producer;
    long product;
    long partner;

    @BeforeEach
    void world() {
        producer = CommerceFixtures.producer(TRAVINH, "Cơ sở Trà Hợp Đồng");
        product = fixtures.product(producer, "Trà Sâm Đinh Lăng");
        partner = CommerceFixtures.partner("Saigon Co.op");
    }

    private Map<String, Object> body() {
        return CommerceFixtures.contractBody(partner, producer, product);
    }

    private long storedForProducer() {
        return as(OFFICE).queryParam("producerId", producer).get(CONTRACTS).then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private Response create(Map<String, Object> body) {
        return as(OFFICE).body(body).post(CONTRACTS);
    }

    private long created(Map<String, Object> body) {
        return create(body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private ValidatableResponse rejects(Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = body();
        change.accept(body);
        ValidatableResponse r = create(body).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field)).body(not(containsString("Exception")));
        assertEquals(0, storedForProducer(), "nothing stored");
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstLine(Map<String, Object> body) {
        return (Map<String, Object>) ((List<Object>) body.get("lines")).get(0);
    }

    @ParameterizedTest(name = "quantity {0}")
    @CsvSource({"-5", "0", "1.2345", "'\"many\"'"})
    void badQuantities(String quantity) {
        rejects(b -> firstLine(b).put("quantity", quantity.startsWith("\"") ? "many" : new BigDecimal(quantity)),
                "lines[0].quantity");
    }

    @Test
    void negativeOrHugePrices() {
        rejects(b -> firstLine(b).put("unitPriceVnd", -1), "lines[0].unitPriceVnd");
        rejects(b -> firstLine(b).put("unitPriceVnd", 1_000_000_000_001L), "lines[0].unitPriceVnd");
        rejects(b -> firstLine(b).put("unitPriceVnd", 12.5), "lines[0].unitPriceVnd")
                .body("errors.message", hasItem("must be a whole number"));
        rejects(b -> b.put("totalValueVnd", -100), "totalValueVnd");
    }

    @Test
    void endBeforeStart() {
        rejects(b -> b.put("endsOn", "2019-10-31"), "endsOn").body("errors.message", hasItem(containsString("startsOn")));
    }

    @Test
    void unknownReferences() {
        rejects(b -> b.put("partnerId", 999_999_999), "partnerId");
        rejects(b -> b.put("producerId", 999_999_999), "producerId");
        rejects(b -> firstLine(b).put("productId", 999_999_999), "lines[0].productId");
    }

    @Test
    void productOfAnotherProducer() {
        long other = fixtures.product(CommerceFixtures.producer(TRAVINH, "Cơ sở Khác"), "Trà Măng Tây");
        rejects(b -> {
            List<Object> lines = new ArrayList<>((List<?>) b.get("lines"));
            lines.add(CommerceFixtures.line(other, 10, "hộp", 40000));
            b.put("lines", lines);
        }, "lines[1].productId").body("errors.message", hasItem(containsString("another producer")));
    }

    @Test
    void totalThatDisagreesWithTheLines() {
        rejects(b -> b.put("totalValueVnd", 22_500_001L), "totalValueVnd")
                .body("errors.message", hasItem(containsString("22500000")));
    }

    @Test
    void missingAndBlankFieldsAreAllNamed() {
        long before = storedForProducer();
        as(OFFICE).body(Map.of("lines", List.of())).post(CONTRACTS).then().statusCode(400)
                .body("errors.field", hasItems("number", "partnerId", "producerId", "lines", "signedOn", "startsOn"));
        rejects(b -> b.put("number", "   "), "number");
        rejects(b -> firstLine(b).put("unit", " "), "lines[0].unit");
        rejects(b -> firstLine(b).remove("productId"), "lines[0].productId");
        assertEquals(before, storedForProducer());
    }

    @Test
    void malformedValues() {
        rejects(b -> b.put("signedOn", "15/10/2019"), "signedOn");
        rejects(b -> b.put("lines", "500 hộp"), "lines");
    }

    @Test
    void severalProblemsAnsweredTogether() {
        Map<String, Object> body = body();
        body.put("endsOn", "2019-01-01");
        body.put("partnerId", 999_999_999);
        firstLine(body).put("productId", 999_999_998);
        create(body).then().statusCode(400).body("errors.field", hasItems("endsOn", "partnerId", "lines[0].productId"));
        assertEquals(0, storedForProducer());
    }

    @Test
    void totalIsComputedKeptOrRefused() {
        create(body()).then().statusCode(201).body("totalValueVnd", equalTo(22_500_000));
        Map<String, Object> matching = body();
        matching.put("totalValueVnd", 22_500_000);
        create(matching).then().statusCode(201).body("totalValueVnd", equalTo(22_500_000));
        Map<String, Object> unpriced = body();
        firstLine(unpriced).remove("unitPriceVnd");
        unpriced.put("totalValueVnd", 20_000_000);
        create(unpriced).then().statusCode(201).body("totalValueVnd", equalTo(20_000_000))
                .body("lines[0].valueVnd", nullValue());
        Map<String, Object> noValue = body();
        firstLine(noValue).remove("unitPriceVnd");
        create(noValue).then().statusCode(201).body("totalValueVnd", nullValue());
    }

    @Test
    void statusIsReadOnlyAndStartsAsDraft() {
        Map<String, Object> body = body();
        body.put("status", "COMPLETED");
        create(body).then().statusCode(201).body("status", equalTo("DRAFT"));
    }

    @Test
    void numberIsUniquePerPartner() {
        Map<String, Object> first = body();
        created(first);
        Map<String, Object> twin = body();
        twin.put("number", first.get("number"));
        create(twin).then().statusCode(409).contentType(startsWith("application/problem+json"));
        twin.put("partnerId", CommerceFixtures.partner("Bách Hóa Xanh"));
        create(twin).then().statusCode(201);
    }

    @Test
    void districtOfficerCannotSellForAnotherDistrict() {
        long before = storedForProducer();
        as(DO_CAUKE).body(body()).post(CONTRACTS).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        assertEquals(before, storedForProducer());
        as(DO_TRAVINH).body(body()).post(CONTRACTS).then().statusCode(201).body("createdBy", equalTo("do-travinh"));
    }

    private void expectStatus(long id, String status) {
        as(OFFICE).get(CONTRACTS + "/" + id).then().statusCode(200).body("status", equalTo(status));
    }

    @Test
    void illegalTransitionsAreConflictsAndChangeNothing() {
        long id = created(body());
        String path = CONTRACTS + "/" + id;
        as(OFFICE).post(path + "/complete").then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("ACTIVE or TERMINATED"));
        expectStatus(id, "DRAFT");
        as(OFFICE).post(path + "/activate").then().statusCode(200);
        as(OFFICE).post(path + "/activate").then().statusCode(409);
        expectStatus(id, "ACTIVE");
        as(OFFICE).post(path + "/complete").then().statusCode(200);
        for (String action : new String[]{"activate", "complete", "terminate"}) {
            as(OFFICE).post(path + "/" + action).then().statusCode(409).body("detail", containsString("final"));
        }
        expectStatus(id, "COMPLETED");

        long terminated = created(body());
        as(OFFICE).body(Map.of("note", "Hủy trước khi ký")).post(CONTRACTS + "/" + terminated + "/terminate")
                .then().statusCode(200).body("status", equalTo("TERMINATED"));
        as(OFFICE).post(CONTRACTS + "/" + terminated + "/activate").then().statusCode(409);
        expectStatus(terminated, "TERMINATED");
        as(OFFICE).get(CONTRACTS + "/" + terminated + "/history").then()
                .body("items.action", contains("CREATED", "TERMINATED"))
                .body("items[1].note", equalTo("Hủy trước khi ký"));
    }

    @Test
    void onlyDraftsAreEditedOrDeleted() {
        long id = created(body());
        String path = CONTRACTS + "/" + id;
        String etag = as(OFFICE).post(path + "/activate").then().statusCode(200).extract().header("ETag");
        Map<String, Object> edit = body();
        edit.put("number", "HĐ-SỬA");
        as(OFFICE).header("If-Match", etag).body(edit).put(path).then().statusCode(409)
                .body("detail", containsString("DRAFT"));
        as(OFFICE).header("If-Match", etag).delete(path).then().statusCode(409);
        as(OFFICE).get(path).then().statusCode(200).body("number", not(equalTo("HĐ-SỬA"))).body("status", equalTo("ACTIVE"));
    }

    @Test
    void editingADraftReplacesItsLines() {
        Response first = create(body());
        long id = first.jsonPath().getLong("id");
        long second = fixtures.product(producer, "Trà Tía Tô");
        Map<String, Object> edit = body();
        edit.put("lines", List.of(CommerceFixtures.line(second, new BigDecimal("2.5"), "kg", 300000),
                CommerceFixtures.line(product, 100, "hộp", 45000)));
        as(OFFICE).header("If-Match", first.header("ETag")).body(edit).put(CONTRACTS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("lines.productName", contains("Trà Tía Tô", "Trà Sâm Đinh Lăng"))
                .body("lines.quantity", contains(2.5f, 100))
                .body("totalValueVnd", equalTo(5_250_000));
        as(OFFICE).get(CONTRACTS + "/" + id + "/history").then()
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items[1].changes.totalValueVnd.from", equalTo(22_500_000))
                .body("items[1].changes.totalValueVnd.to", equalTo(5_250_000));
    }

    @Test
    void staleOrMissingIfMatch() {
        Response first = create(body());
        long id = first.jsonPath().getLong("id");
        String path = CONTRACTS + "/" + id;
        String stale = first.header("ETag");
        as(OFFICE).header("If-Match", stale).body(body()).put(path).then().statusCode(200);
        Map<String, Object> lost = body();
        lost.put("number", "HĐ-GHI-ĐÈ");
        as(OFFICE).header("If-Match", stale).body(lost).put(path).then().statusCode(412)
                .contentType(startsWith("application/problem+json"));
        as(OFFICE).body(lost).put(path).then().statusCode(428);
        as(OFFICE).header("If-Match", stale).delete(path).then().statusCode(412);
        as(OFFICE).header("If-Match", stale).post(path + "/activate").then().statusCode(412);
        as(OFFICE).get(path).then().statusCode(200).body("number", not(equalTo("HĐ-GHI-ĐÈ")))
                .body("status", equalTo("DRAFT")).body("version", equalTo(1));
    }

    @Test
    void idempotencyKeyReplayCreatesOneContract() {
        Map<String, Object> body = body();
        String key = UUID.randomUUID().toString();
        Response first = as(OFFICE).header("Idempotency-Key", key).body(body).post(CONTRACTS);
        first.then().statusCode(201);
        as(OFFICE).header("Idempotency-Key", key).body(body).post(CONTRACTS).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.jsonPath().getInt("id")));
        assertEquals(1, storedForProducer());
        Map<String, Object> other = body();
        as(OFFICE).header("Idempotency-Key", key).body(other).post(CONTRACTS).then().statusCode(422);
        assertEquals(1, storedForProducer());
    }

    @Test
    void districtScopedListsNeverShowAnotherDistrict() {
        created(body());
        long ckProducer = CommerceFixtures.producer(CAUKE, "Hợp tác xã Cầu Kè");
        long ckProduct = fixtures.product(ckProducer, "Kẹo Đậu Phộng");
        created(CommerceFixtures.contractBody(partner, ckProducer, ckProduct));
        for (String user : new String[]{DO_CAUKE, DC_CAUKE}) {
            as(user).queryParam("size", 200).get(CONTRACTS).then().statusCode(200)
                    .body("items.districtCode", everyItem(equalTo(CAUKE)))
                    .body("items.districtCode", hasItem(CAUKE));
            as(user).queryParam("districtCode", TRAVINH).get(CONTRACTS).then().statusCode(200)
                    .body("items", empty()).body("total", equalTo(0));
            as(user).queryParam("producerId", producer).get(CONTRACTS).then().statusCode(200).body("total", equalTo(0));
        }
        as(OFFICE).queryParam("districtCode", CAUKE).queryParam("size", 200).get(CONTRACTS).then().statusCode(200)
                .body("items.districtCode", everyItem(equalTo(CAUKE)));
    }

    @Test
    void filtersAndSorting() {
        long other = fixtures.product(producer, "Trà Dứa Thơm");
        Map<String, Object> small = body();
        small.put("signedOn", "2020-03-01");
        firstLine(small).put("quantity", 10);
        long smallId = created(small);
        Map<String, Object> big = body();
        big.put("lines", List.of(CommerceFixtures.line(other, 1000, "hộp", 50000)));
        long bigId = created(big);
        as(OFFICE).post(CONTRACTS + "/" + bigId + "/activate").then().statusCode(200);

        as(OFFICE).queryParam("producerId", producer).queryParam("sort", "-totalValueVnd").get(CONTRACTS).then()
                .body("items.id", contains((int) bigId, (int) smallId));
        as(OFFICE).queryParam("producerId", producer).queryParam("signedYear", 2020).get(CONTRACTS).then()
                .body("items.id", contains((int) smallId));
        as(OFFICE).queryParam("producerId", producer).queryParam("status", "ACTIVE").get(CONTRACTS).then()
                .body("items.id", contains((int) bigId));
        as(OFFICE).queryParam("productId", other).get(CONTRACTS).then().body("items.id", contains((int) bigId));
        as(OFFICE).queryParam("partnerId", partner).queryParam("districtCode", TRAVINH).get(CONTRACTS).then()
                .body("total", equalTo(2));
    }

    @ParameterizedTest
    @CsvSource({"status, SIGNED", "partnerId, abc", "producerId, -1", "productId, 1.5", "signedYear, 19x",
            "signedYear, 20190", "sort, partnerName", "size, 0"})
    void badListParameters(String param, String value) {
        as(OFFICE).queryParam(param, value).get(CONTRACTS).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem(param));
    }

    @Test
    void unknownContractIsNotFound() {
        as(OFFICE).get(CONTRACTS + "/999999999").then().statusCode(404).contentType(startsWith("application/problem+json"));
        as(OFFICE).post(CONTRACTS + "/999999999/activate").then().statusCode(404);
    }
}
