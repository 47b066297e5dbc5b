package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Exports of more rows than one SQL statement takes bind parameters still work: the names and
 * details of the rows are looked up in slices. Hibernate pads in-lists to a power of two, so
 * 40,000 ids in one lookup would be 65,536 parameters, one more than PostgreSQL takes.
 */
@QuarkusTest
class LargeExportTest {
    private static final int ROWS = 40_000;

    @Inject
    BulkRows bulk;

    @Test
    void productsCertificationsAndContractsExportEveryRow() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long producer = as(OFFICE).body(TestData.producer(CAUKE, "Cơ sở Hàng Loạt " + marker)).post("/api/v1/producers")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long partner = as(OFFICE).body(Map.of("type", "DISTRIBUTOR", "name", "Nhà phân phối " + marker))
                .post("/api/v1/partners").then().statusCode(201).extract().jsonPath().getLong("id");
        bulk.insert(producer, partner, ROWS);
        try {
            Map<String, Object> ofProducer = Map.of("producerId", producer);
            for (String list : List.of("/api/v1/products", "/api/v1/certifications", "/api/v1/sales-contracts")) {
                // Lists that page by cursor count up to a cap (the contract says so); the export holds every row.
                assertEquals(list.equals("/api/v1/products") ? PageRequest.COUNT_CAP : ROWS,
                        Exports.total(OFFICE, list, ofProducer), list);
                List<String> lines = Exports.csv(OFFICE, list + "/export", ofProducer);
                assertEquals(ROWS + 1, lines.size(), list);
                assertTrue(lines.get(ROWS).contains("Sản phẩm") || lines.get(ROWS).contains("HĐ-"), lines.get(ROWS));
            }
        } finally {
            bulk.delete(producer);
        }
    }
}
