package vn.ocop.registry.common;

import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Admin units for tests that need one of their own. */
public final class TestUnits {
    private TestUnits() {
    }

    /** A code 90000–99999 (unused by GSO) that no unit has yet. */
    public static String freeCode() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = String.valueOf(90_000 + ThreadLocalRandom.current().nextInt(10_000));
            if (as(OFFICE).get("/api/v1/admin-units/" + code).statusCode() == 404) {
                return code;
            }
        }
        throw new IllegalStateException("no free unit code");
    }

    /** A fresh commune of {@code district} (a code 90000–99999, unused by GSO), created through the API. */
    public static String commune(String district) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = String.valueOf(90_000 + ThreadLocalRandom.current().nextInt(10_000));
            int status = as(OFFICE).body(Map.of("code", code, "name", "Xã Thử nghiệm " + code, "type", "COMMUNE",
                    "parentCode", district, "validFrom", "2015-01-01")).post("/api/v1/admin-units").then().extract()
                    .statusCode();
            if (status == 201) {
                return code;
            }
        }
        throw new IllegalStateException("no free commune code");
    }

    /** A producer body of {@code district} placed in a fresh commune of it (T-X product codes need one). */
    public static Map<String, Object> producerInCommune(String district, String name) {
        Map<String, Object> body = new HashMap<>(TestData.producer(district, name));
        body.put("communeCode", commune(district));
        return body;
    }
}
