package vn.ocop.registry.recognition;

import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Paper decision bodies as the authority of the day would make them: the legal basis in force on the date (asked of
 * the API), and the level that basis's procedure lets recognise the stars (148: the district 3★, the province 4★).
 */
public final class PaperDecisions {
    private PaperDecisions() {
    }

    /** The code of the basis in force on {@code on}. */
    static String basisOn(LocalDate on) {
        return as(OFFICE).queryParam("on", on.toString()).get("/api/v1/legal-bases/in-force").then().statusCode(200)
                .extract().jsonPath().getString("code");
    }

    /** A decision of {@code on} recognising one product at {@code stars}, by the level that may (Trà Vinh's units). */
    public static Map<String, Object> byTheAuthorityOfTheDay(LocalDate on, long productId, int stars) {
        String basis = basisOn(on);
        List<Map<String, Object>> levels = as(OFFICE).queryParam("legalBasisCode", basis).get("/api/v1/procedures")
                .then().statusCode(200).extract().jsonPath().getList("items[0].levels");
        String level = levels.stream().filter(l -> l.get("minRecognisedStars") != null
                && ((Number) l.get("minRecognisedStars")).intValue() <= stars
                && ((Number) l.get("maxRecognisedStars")).intValue() >= stars)
                .map(l -> (String) l.get("level")).findFirst().orElseThrow();
        return body(on, null, level, "DISTRICT".equals(level) ? TRAVINH : "84", productId, stars);
    }

    /** A decision body; a null {@code basis} leaves it out (the one in force is taken). */
    static Map<String, Object> body(LocalDate on, String basis, String level, String unit, long productId, int stars) {
        Map<String, Object> body = new HashMap<>();
        body.put("number", UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND");
        body.put("decidedOn", on.toString());
        body.put("signer", "Phó Chủ tịch UBND tỉnh");
        body.put("level", level);
        body.put("adminUnitCode", unit);
        if (basis != null) {
            body.put("legalBasisCode", basis);
        }
        body.put("recognitions", List.of(Map.of("productId", productId, "stars", stars)));
        return body;
    }
}
