package vn.ocop.registry.commerce;

import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestUsers;
import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.ProductStatus;
import vn.ocop.registry.productgroup.ProductSet;

/**
 * Rows the commerce tests build on. Producers go through the API; products are stored directly
 * (set 13 of Decision 1048, "các sản phẩm khác từ chè, trà"), since their endpoints live elsewhere.
 */
@ApplicationScoped
public class CommerceFixtures {

    @Transactional
    public long product(long producerId, String name) {
        Product p = new Product();
        p.producer = Producer.findById(producerId);
        p.name = name;
        p.productSet = ProductSet.find("legalBasisCode = ?1 and number = ?2", "DECISION_1048_2019", 13).firstResult();
        p.yearEntered = 2019;
        p.status = ProductStatus.ACTIVE;
        p.touch("test");
        p.persist();
        return p.id;
    }

    /** The partner that the client INTEGRATOR_PARTNER is bound to, by its tax code: created once per database. */
    @Transactional
    public long boundPartner() {
        Partner p = Partner.<Partner>find("taxCode", TestUsers.BOUND_PARTNER_TAX_CODE).firstResult();
        if (p == null) {
            p = new Partner();
            p.type = PartnerType.SUPERMARKET_CHAIN;
            p.name = "Liên hiệp HTX Thương mại TP. Hồ Chí Minh (Saigon Co.op)";
            p.taxCode = TestUsers.BOUND_PARTNER_TAX_CODE;
            p.touch("test");
            p.persist();
        }
        return p.id;
    }

    static long producer(String district, String name) {
        return as(OFFICE).body(TestData.producer(district, name)).post("/api/v1/producers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> partnerBody(String type, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("name", name);
        body.put("taxCode", TestData.taxCode());
        body.put("address", "Quận 1, TP. Hồ Chí Minh");
        body.put("contactPerson", "Nguyễn Thị Thu Hà");
        body.put("contactPhone", "028 3836 0143");
        body.put("contactEmail", "thumua@example.vn");
        return body;
    }

    public static long partner(String name) {
        return as(OFFICE).body(partnerBody("SUPERMARKET_CHAIN", name)).post("/api/v1/partners")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> line(long productId, Object quantity, String unit, Object unitPriceVnd) {
        Map<String, Object> line = new HashMap<>();
        line.put("productId", productId);
        line.put("quantity", quantity);
        line.put("unit", unit);
        if (unitPriceVnd != null) {
            line.put("unitPriceVnd", unitPriceVnd);
        }
        return line;
    }

    /** A valid contract of one line (500 hộp × 45,000 đ) with a unique number. */
    public static Map<String, Object> contractBody(long partnerId, long producerId, long productId) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", "HĐ-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("partnerId", partnerId);
        body.put("producerId", producerId);
        body.put("lines", new ArrayList<>(List.of(line(productId, 500, "hộp", 45000))));
        body.put("signedOn", "2019-10-15");
        body.put("startsOn", "2019-11-01");
        body.put("endsOn", "2020-10-31");
        return body;
    }

    public static Map<String, Object> eventBody(String name, String hostProvince) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "FAIR");
        body.put("hostProvince", hostProvince);
        body.put("venue", "Quảng trường Hùng Vương");
        body.put("startsOn", "2019-11-22");
        body.put("endsOn", "2019-11-28");
        return body;
    }

    public static Map<String, Object> pointOfSaleBody(String district, String name, List<Long> productIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", "OCOP_SHOP");
        body.put("address", "Số 12 Phạm Thái Bường, phường 3");
        body.put("adminUnitCode", district);
        body.put("operator", "Hợp tác xã Thương mại Dịch vụ Trà Vinh");
        body.put("productIds", productIds);
        return body;
    }
}
