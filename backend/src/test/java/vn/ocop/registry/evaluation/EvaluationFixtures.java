package vn.ocop.registry.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.path.json.JsonPath;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestProducts;

/** Rounds, councils, products and filled-in sheets through the API, with real tokens. */
public final class EvaluationFixtures {
    public static final String B1048 = "DECISION_1048_2019";
    static final String B148 = "DECISION_148_2023";
    static final String B1489 = "DECISION_1489_2025";
    static final String B2026 = "DECISION_26_2026";
    /**
     * The day the fixtures open a round of each legal basis: a new round follows the basis in force on its opening
     * day, so each opens within its basis's period in force (1048 to 2023-02-23, 148 to 2025-07-05, 1489 to
     * 2026-07-20, 26/2026 from 2026-07-21).
     */
    static final Map<String, LocalDate> OPENS = Map.of(B1048, LocalDate.of(2022, 3, 1), B148, LocalDate.of(2024, 3, 1),
            B1489, LocalDate.of(2025, 7, 10), B2026, LocalDate.of(2026, 8, 1));
    static final String PROVINCE = "84";
    /** Vĩnh Long of today (from 2025-07-01), which former Trà Vinh is part of. */
    static final String NEW_PROVINCE = "86";
    public static final List<String> CAUKE_COUNCIL = List.of("dc-cauke-1", "dc-cauke-2", "dc-cauke-3");
    static final List<String> PROVINCIAL_COUNCIL = List.of("pc1", "pc2", "pc3");
    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final Map<String, Long> VERSIONS = new HashMap<>();
    private static final Map<Long, JsonPath> SHEETS = new HashMap<>();

    private EvaluationFixtures() {
    }

    /** The published (seeded) rubric version of a legal basis; 1489 scores on 148's sheets. */
    static synchronized long version(String basis) {
        return VERSIONS.computeIfAbsent(B1489.equals(basis) ? B148 : basis, b -> as(OFFICE).queryParam("legalBasisCode", b)
                .queryParam("status", "PUBLISHED").queryParam("sort", "id").get("/api/v1/rubric-versions")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id"));
    }

    static synchronized JsonPath sheet(long sheetId) {
        return SHEETS.computeIfAbsent(sheetId, id -> new JsonPath(as(OFFICE).get("/api/v1/rubric-sheets/" + id)
                .then().statusCode(200).extract().asString()));
    }

    static long producer(String district) {
        return as(OFFICE).body(TestData.producer(district, "Hợp tác xã Dừa sáp " + SEQ.incrementAndGet()))
                .post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long product(TestProducts products, String district, String basis, String name) {
        return products.create(producer(district), name, B1489.equals(basis) ? B148 : basis, 1, 2022);
    }

    static Map<String, Object> roundBody(String level, String unit, String basis, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("year", year);
        body.put("level", level);
        body.put("adminUnitCode", unit);
        body.put("legalBasisCode", basis);
        body.put("rubricVersionId", version(basis));
        body.put("opensOn", OPENS.get(basis).toString());
        body.put("closesOn", OPENS.get(basis).plusMonths(4).toString());
        return body;
    }

    public static long round(String level, String unit, String basis) {
        return as(OFFICE).body(roundBody(level, unit, basis, OPENS.get(basis).getYear())).post("/api/v1/evaluation-rounds")
                .then().statusCode(201).body("status", equalTo("OPEN")).extract().jsonPath().getLong("id");
    }

    /** Sets the council; the first username chairs. */
    public static void council(long roundId, List<String> usernames) {
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < usernames.size(); i++) {
            members.add(Map.of("username", usernames.get(i), "fullName", "Thành viên " + usernames.get(i),
                    "position", i == 0 ? "Chủ tịch Hội đồng" : "Ủy viên", "chair", i == 0));
        }
        as(OFFICE).header("If-Match", etag("/api/v1/evaluation-rounds/" + roundId))
                .body(Map.of("members", members)).put("/api/v1/evaluation-rounds/" + roundId + "/council")
                .then().statusCode(200);
    }

    public static long enter(String user, long roundId, long productId) {
        return as(user).body(Map.of("productId", productId)).post("/api/v1/evaluation-rounds/" + roundId + "/entries")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void action(long roundId, String action) {
        as(OFFICE).post("/api/v1/evaluation-rounds/" + roundId + "/" + action).then().statusCode(200);
    }

    static String etag(String path) {
        return as(OFFICE).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** A round with its council, one entry of a fresh product, already SCORING. Returns {round, entry, product}. */
    public static long[] scoringRound(TestProducts products, String level, String unit, String basis, List<String> council,
            String district) {
        long round = round(level, unit, basis);
        council(round, council);
        long product = product(products, district, basis, "Mứt dừa sáp " + SEQ.incrementAndGet());
        long entry = enter(OFFICE, round, product);
        action(round, "start-scoring");
        return new long[]{round, entry, product};
    }

    /**
     * Choices adding up to {@code target} points (or just below where the options' steps do not allow it):
     * every criterion starts at its lowest option that meets the star minimums up to {@code keepStars}, then
     * criteria are raised in order. Within a criterion with alternative cases, only the first case is used.
     */
    static List<Map<String, Object>> choices(JsonPath sheet, int target, int keepStars) {
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (Map<String, Object> part : sheet.<Map<String, Object>>getList("parts")) {
            criteria.addAll(list(part.get("criteria")));
        }
        Map<Object, Map<String, Object>> pick = new HashMap<>();
        int total = 0;
        for (Map<String, Object> c : criteria) {
            List<Map<String, Object>> options = options(c);
            int minimum = minimum(c, keepStars);
            Map<String, Object> base = options.stream().filter(o -> points(o) >= minimum).findFirst().orElseThrow();
            pick.put(c.get("id"), base);
            total += points(base);
        }
        for (Map<String, Object> c : criteria) {
            int current = points(pick.get(c.get("id")));
            for (Map<String, Object> o : options(c)) {
                int step = points(o) - current;
                if (step > 0 && total + step <= target) {
                    total += step;
                    current = points(o);
                    pick.put(c.get("id"), o);
                }
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> c : criteria) {
            out.add(Map.of("criterionId", c.get("id"), "optionId", pick.get(c.get("id")).get("id")));
        }
        return out;
    }

    static int total(JsonPath sheet, List<Map<String, Object>> choices) {
        Map<Object, Integer> points = new HashMap<>();
        for (Map<String, Object> part : sheet.<Map<String, Object>>getList("parts")) {
            for (Map<String, Object> c : list(part.get("criteria"))) {
                options(c).forEach(o -> points.put(((Number) o.get("id")).longValue(), points(o)));
            }
        }
        return choices.stream().mapToInt(c -> points.get(((Number) c.get("optionId")).longValue())).sum();
    }

    /** Creates, fills and submits {@code user}'s sheet of an entry; returns the sheet id. */
    static long fillAndSubmit(String user, long entryId, List<Map<String, Object>> choices) {
        long sheet = as(user).body(Map.of("entryId", entryId)).post("/api/v1/score-sheets").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String etag = as(user).get("/api/v1/score-sheets/" + sheet).then().statusCode(200).extract().header("ETag");
        as(user).header("If-Match", etag).body(Map.of("choices", choices)).put("/api/v1/score-sheets/" + sheet)
                .then().statusCode(200);
        as(user).post("/api/v1/score-sheets/" + sheet + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        return sheet;
    }

    private static int minimum(Map<String, Object> criterion, int keepStars) {
        Map<String, Object> minimums = map(criterion.get("starMinimums"));
        int min = 0;
        for (Map.Entry<String, Object> m : minimums.entrySet()) {
            if (Integer.parseInt(m.getKey()) <= keepStars) {
                min = Math.max(min, ((Number) m.getValue()).intValue());
            }
        }
        return min;
    }

    /** A criterion's options of its first case, lowest points first. */
    private static List<Map<String, Object>> options(Map<String, Object> criterion) {
        List<Map<String, Object>> all = list(criterion.get("options"));
        Object firstCase = all.get(0).get("case");
        return all.stream().filter(o -> Objects.equals(o.get("case"), firstCase))
                .sorted(Comparator.comparingInt(EvaluationFixtures::points)).toList();
    }

    private static int points(Map<String, Object> option) {
        return ((Number) option.get("points")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }
}
