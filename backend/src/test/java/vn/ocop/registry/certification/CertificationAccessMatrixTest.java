package vn.ocop.registry.certification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.ocop.registry.certification.CertificationFixtures.barcode;
import static vn.ocop.registry.certification.CertificationFixtures.createdId;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.files.TestFiles.upload;
import static vn.ocop.registry.product.Callers.listStatus;
import static vn.ocop.registry.product.Callers.refused;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import vn.ocop.registry.files.TestFiles;
import vn.ocop.registry.product.ProductFixtures;

/** Every certification endpoint × every kind of caller, for product- and facility-level certifications. */
@QuarkusTest
class CertificationAccessMatrixTest {

    private static long product() {
        return ProductFixtures.product(TRAVINH, "Trà Sâm Đinh Lăng " + UUID.randomUUID());
    }

    private static long facility() {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở Chả Hoa " + UUID.randomUUID());
        return createdId(CertificationFixtures.ofProducer(producer, "FOOD_SAFETY", "25/2019/ATTP", LocalDate.of(2019, 4, 1),
                LocalDate.of(2022, 4, 1)));
    }

    private static String path(long id) {
        return "/api/v1/certifications/" + id;
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#readers")
    void reads(String user, int expected) {
        long ofProduct = createdId(barcode(product()));
        as(user).get(path(ofProduct)).then().statusCode(expected);
        as(user).get(path(facility())).then().statusCode(expected);
        as(user).get("/api/v1/certifications").then().statusCode(listStatus(user));
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#staffReaders")
    void evidenceScansAreForStaff(String user, int expected) {
        long id = createdId(barcode(product()));
        upload(OFFICE, "scan.pdf", TestFiles.pdf(), "application/pdf").header("If-Match", "\"0\"")
                .put(path(id) + "/evidence").then().statusCode(200);
        as(user).get(path(id) + "/evidence").then().statusCode(expected);
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#writers")
    void create(String user, boolean allowed) {
        long product = product();
        CertificationFixtures.create(user, barcode(product)).then().statusCode(allowed ? 201 : refused(user));
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở " + UUID.randomUUID());
        CertificationFixtures.create(user, CertificationFixtures.ofProducer(producer, "VIETGAP", "VG-84-001",
                LocalDate.of(2019, 4, 1), null)).then().statusCode(allowed ? 201 : refused(user));
        as(OFFICE).queryParam("productId", product).get("/api/v1/certifications").then()
                .body("total", equalTo(allowed ? 1 : 0));
        as(OFFICE).queryParam("producerId", producer).get("/api/v1/certifications").then()
                .body("total", equalTo(allowed ? 1 : 0));
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#writers")
    void update(String user, boolean allowed) {
        long product = product();
        Map<String, Object> body = barcode(product);
        long id = createdId(body);
        body.put("issuer", "GS1 Việt Nam — Tổng cục Tiêu chuẩn Đo lường Chất lượng");
        as(user).header("If-Match", "\"0\"").body(body).put(path(id)).then().statusCode(allowed ? 200 : refused(user));
        as(OFFICE).get(path(id)).then().body("version", equalTo(allowed ? 1 : 0));
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#writers")
    void delete(String user, boolean allowed) {
        long id = facility();
        as(user).header("If-Match", "\"0\"").delete(path(id)).then().statusCode(allowed ? 204 : refused(user));
        as(OFFICE).get(path(id)).then().statusCode(allowed ? 404 : 200);
    }

    @ParameterizedTest
    @MethodSource("vn.ocop.registry.product.Callers#writers")
    void uploadEvidence(String user, boolean allowed) {
        long id = facility();
        upload(user, "attp.pdf", TestFiles.pdf(), "application/pdf").header("If-Match", "\"0\"")
                .put(path(id) + "/evidence").then().statusCode(allowed ? 200 : refused(user));
        as(OFFICE).get(path(id)).then().body("evidence", allowed ? notNullValue() : nullValue());
    }
}
