package vn.ocop.registry.commerce;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A district officer who names another district's product in a contract or a fair participation is told
 * that it does not exist, as for a missing one: never its name. Of their own district's products they
 * learn only that one belongs to another producer.
 */
@QuarkusTest
class UnreadableReferenceTest {
    private static final String TRAVINH_PRODUCT = "Trà Sâm Đinh Lăng Bí Mật";
    private static final long MISSING = 2_000_000_000L;

    @Inject
    CommerceFixtures fixtures;

    long caukeProducer;
    long caukeProduct;
    long neighbourProduct;
    long travinhProduct;

    @BeforeEach
    void world() {
        caukeProducer = CommerceFixtures.producer(CAUKE, "Hợp tác xã Trà Cầu Kè");
        caukeProduct = fixtures.product(caukeProducer, "Trà Mãng Cầu Xiêm");
        neighbourProduct = fixtures.product(CommerceFixtures.producer(CAUKE, "Cơ sở Bánh Tét Cầu Kè"), "Bánh tét lá cẩm");
        travinhProduct = fixtures.product(CommerceFixtures.producer(TRAVINH, "Cơ sở Trà Thảo Mộc"), TRAVINH_PRODUCT);
    }

    @Test
    void salesContractLines() {
        Map<String, Object> body = CommerceFixtures.contractBody(CommerceFixtures.partner("Saigon Co.op"), caukeProducer,
                caukeProduct);
        body.put("lines", List.of(CommerceFixtures.line(travinhProduct, 10, "hộp", 45000),
                CommerceFixtures.line(neighbourProduct, 10, "hộp", 45000), CommerceFixtures.line(MISSING, 1, "hộp", null)));
        String problem = as(DO_CAUKE).body(body).post("/api/v1/sales-contracts").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.find { it.field == 'lines[0].productId' }.message",
                        equalTo("Product " + travinhProduct + " does not exist"))
                .body("errors.find { it.field == 'lines[1].productId' }.message",
                        equalTo("product " + neighbourProduct + " belongs to another producer"))
                .body("errors.find { it.field == 'lines[2].productId' }.message",
                        equalTo("Product " + MISSING + " does not exist"))
                .extract().asString();
        assertFalse(problem.contains("Sâm") || problem.contains("Bánh tét"), problem);
    }

    @Test
    void tradeEventParticipants() {
        long event = as(OFFICE).body(CommerceFixtures.eventBody("Hội chợ OCOP Bạc Liêu", "Bạc Liêu"))
                .post("/api/v1/trade-events").then().statusCode(201).extract().jsonPath().getLong("id");
        String problem = as(DO_CAUKE).body(Map.of("producerId", caukeProducer, "productIds", List.of(travinhProduct)))
                .post("/api/v1/trade-events/" + event + "/participants").then().statusCode(400)
                .body("errors[0].field", equalTo("productIds[0]"))
                .body("errors[0].message", equalTo("Product " + travinhProduct + " does not exist"))
                .extract().asString();
        assertFalse(problem.contains("Sâm"), problem);
        // The office may read every district: it is told what is wrong.
        as(OFFICE).body(Map.of("producerId", caukeProducer, "productIds", List.of(travinhProduct)))
                .post("/api/v1/trade-events/" + event + "/participants").then().statusCode(400)
                .body("errors[0].message", equalTo("product " + travinhProduct + " belongs to another producer"));
    }
}
