package vn.ocop.registry.product;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;
import static vn.ocop.registry.files.TestFiles.upload;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import vn.ocop.registry.files.TestFiles;

@QuarkusTest
class ProductPhotoApiTest {

    private static String photos(long productId) {
        return "/api/v1/products/" + productId + "/photos";
    }

    private static int photoCount(long productId) {
        return as(OFFICE).get(photos(productId)).then().statusCode(200).extract().jsonPath().getInt("total");
    }

    @Test
    void uploadListDownloadDelete() throws Exception {
        long product = ProductFixtures.product(TRAVINH, "Chả nhồi Patê trứng muối " + UUID.randomUUID());
        byte[] jpeg = TestFiles.jpeg();
        Response added = upload(DO_TRAVINH, "chả-nhồi.jpg", jpeg, "image/jpeg").post(photos(product));
        added.then().statusCode(201)
                .header("Location", containsString(photos(product) + "/"))
                .body("contentType", equalTo("image/jpeg"))
                .body("fileName", equalTo("chả-nhồi.jpg"))
                .body("sizeBytes", equalTo(jpeg.length))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg))))
                .body("uploadedBy", equalTo("do-travinh"));
        String href = added.jsonPath().getString("href");
        assertTrue(added.header("Location").endsWith(href), added.header("Location"));

        as(OFFICE).get(photos(product)).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].href", equalTo(href)).body("items[0].contentType", equalTo("image/jpeg"));
        Response bytes = as(OFFICE).get(href);
        bytes.then().statusCode(200).contentType("image/jpeg").header("X-Content-Type-Options", "nosniff");
        assertArrayEquals(jpeg, bytes.asByteArray());

        as(DO_TRAVINH).delete(href).then().statusCode(204);
        as(OFFICE).get(href).then().statusCode(404).contentType(startsWith("application/problem+json"));
        assertEquals(0, photoCount(product));

        JsonPath history = as(OFFICE).get("/api/v1/products/" + product + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "PHOTO_ADDED", "PHOTO_REMOVED"))
                .body("items.actor", contains("office", "do-travinh", "do-travinh")).extract().jsonPath();
        assertEquals("chả-nhồi.jpg", history.getString("items[1].changes.photo.to.fileName"));
        assertEquals("chả-nhồi.jpg", history.getString("items[2].changes.photo.from.fileName"));
    }

    @Test
    void contentDecidesTheType() {
        long product = ProductFixtures.product(TRAVINH, "Bộ đồ dùng sinh hoạt nông thôn " + UUID.randomUUID());
        // A PNG declared and named as JPEG is a PNG.
        String href = upload(OFFICE, "anh.jpg", TestFiles.png(), "image/jpeg").post(photos(product)).then()
                .statusCode(201).body("contentType", equalTo("image/png")).extract().jsonPath().getString("href");
        as(OFFICE).get(href).then().statusCode(200).contentType("image/png");
        upload(OFFICE, "anh", TestFiles.webp(), "application/octet-stream").post(photos(product)).then()
                .statusCode(201).body("contentType", equalTo("image/webp"));
        // A text file named and declared as an image is refused.
        upload(OFFICE, "anh.png", TestFiles.text(), "image/png").post(photos(product)).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors.field", hasItem("file"));
        // So is a PDF: photos are images.
        upload(OFFICE, "anh.pdf", TestFiles.pdf(), "application/pdf").post(photos(product)).then().statusCode(400)
                .body("errors.field", hasItem("file"));
        // And a web page behind a PNG signature: the whole file is decoded, not its first bytes.
        byte[] page = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] disguised = Arrays.copyOf(TestFiles.png(), 8 + page.length);
        System.arraycopy(page, 0, disguised, 8, page.length);
        upload(OFFICE, "anh.png", disguised, "image/png").post(photos(product)).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", startsWith("is not a valid PNG file"));
        // A phone's JPEG with data after its end marker keeps the photo; the trailer is never served.
        byte[] trailed = new byte[TestFiles.jpeg().length + page.length];
        System.arraycopy(TestFiles.jpeg(), 0, trailed, 0, TestFiles.jpeg().length);
        System.arraycopy(page, 0, trailed, TestFiles.jpeg().length, page.length);
        String photo = upload(OFFICE, "anh.jpg", trailed, "image/jpeg").post(photos(product)).then().statusCode(201)
                .body("sizeBytes", equalTo(TestFiles.jpeg().length)).extract().jsonPath().getString("href");
        assertArrayEquals(TestFiles.jpeg(), as(OFFICE).get(photo).asByteArray());
        assertEquals(3, photoCount(product));
    }

    @Test
    void oversizedMissingAndEmptyUploadsStoreNothing() {
        long product = ProductFixtures.product(TRAVINH, "Bánh tét lá cẩm " + UUID.randomUUID());
        upload(OFFICE, "lon.png", TestFiles.pngOfSize(5 * 1024 * 1024 + 1), "image/png").post(photos(product)).then()
                .statusCode(413).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("file")).body("errors.message", hasItem(containsString("5 MB")));
        upload(OFFICE, "rong.png", new byte[0], "image/png").post(photos(product)).then().statusCode(400)
                .body("errors.field", hasItem("file"));
        as(OFFICE).contentType("multipart/form-data").multiPart("photo", "anh.png", TestFiles.png(), "image/png")
                .post(photos(product)).then().statusCode(400).body("errors.field", hasItem("file"));
        as(OFFICE).body("{}").post(photos(product)).then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        assertEquals(0, photoCount(product));
        as(OFFICE).get("/api/v1/products/" + product + "/history").then().body("items.action", contains("CREATED"));
    }

    @Test
    void idempotencyKeyReplayStoresThePhotoOnce() {
        long product = ProductFixtures.product(TRAVINH, "Trà Dứa Thơm " + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        int first = upload(OFFICE, "tra.png", TestFiles.png(), "image/png").header("Idempotency-Key", key)
                .post(photos(product)).then().statusCode(201).extract().jsonPath().getInt("id");
        upload(OFFICE, "tra.png", TestFiles.png(), "image/png").header("Idempotency-Key", key).post(photos(product))
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        assertEquals(1, photoCount(product));
    }

    @Test
    void aPhotoBelongsToItsProduct() {
        long one = ProductFixtures.product(TRAVINH, "Trà Tía Tô " + UUID.randomUUID());
        long other = ProductFixtures.product(TRAVINH, "Trà Măng Tây " + UUID.randomUUID());
        long photo = upload(OFFICE, "a.png", TestFiles.png(), "image/png").post(photos(one)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(OFFICE).get(photos(other) + "/" + photo).then().statusCode(404);
        as(OFFICE).delete(photos(other) + "/" + photo).then().statusCode(404);
        as(OFFICE).get(photos(999_999_999L)).then().statusCode(404);
        assertEquals(1, photoCount(one));
    }

    @Test
    void deletingAProductTakesItsPhotos() {
        long product = ProductFixtures.product(TRAVINH, "Sản phẩm có ảnh " + UUID.randomUUID());
        upload(OFFICE, "a.png", TestFiles.png(), "image/png").post(photos(product)).then().statusCode(201);
        as(OFFICE).header("If-Match", ProductFixtures.etag("/api/v1/products/" + product))
                .delete("/api/v1/products/" + product).then().statusCode(204);
        as(OFFICE).get(photos(product)).then().statusCode(404);
    }
}
