package vn.ocop.registry.common;

import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.certification.CertificationFixtures;
import vn.ocop.registry.commerce.CommerceFixtures;
import vn.ocop.registry.evaluation.EvaluationFixtures;
import vn.ocop.registry.files.TestFiles;
import vn.ocop.registry.imports.Sheets;
import vn.ocop.registry.product.ProductFixtures;
import vn.ocop.registry.recognition.PaperDecisions;
import vn.ocop.registry.support.SupportTestData;

/**
 * One row of every kind the contract's paths name, made through the API: those that belong to a district belong to
 * Thành phố Trà Vinh (842) and carry {@link #marker} in a name, so that a walk can search any body for it; the
 * province's own rows (partners, trade events, rubrics, decisions) carry another marker. {@link #pathValues} fills a
 * path template's parameters with them and fails on a parameter it has no row for, so a new kind of path cannot
 * slip past the tests that sweep the contract.
 */
public final class ContractFixtures {
    /** In every name of Thành phố Trà Vinh's rows; never in a row of another district. */
    public final String marker = TestData.marker();
    /** The commune of 2019 (Phường 1 of Thành phố Trà Vinh) the producer lies in: Phường Trà Vinh today. */
    public static final String COMMUNE_OF_2019 = "29239";
    /** The feed's position before the rows were made, so a read of the feed from it holds them all. */
    public final long feedBefore;
    /** The collections of an evaluation round's work, which only the office and the round's council see. */
    public static final Set<String> COUNCILS_WORK = Set.of("score-sheets", "recusals", "history");
    /** The collections (the path segment before an id) whose rows belong to a district. */
    public static final Set<String> DISTRICT_OWNED = Set.of("producers", "products", "photos", "certifications",
            "sales-contracts", "support-requests", "participants", "points-of-sale", "evaluation-rounds",
            "evaluation-entries", "score-sheets", "ocop-certificates", "jobs");

    public final long producer;
    public final long product;
    public final Map<String, Object> certificationBody;
    public final long certification;
    public final Map<String, Object> partnerBody;
    public final long partner;
    public final Map<String, Object> contractBody;
    public final long contract;
    public final long supportRequest;
    public final long tradeEvent;
    public final long pointOfSale;
    public final long round;
    public final long entry;
    public final long scoreSheet;
    public final long decision;
    public final long certificate;
    public final String publicCode;
    public final String unitCode;
    /** Where each row of a district is read, as the feed names it. */
    public final List<String> districtHrefs;
    private final Map<String, String> ids = new LinkedHashMap<>();

    public ContractFixtures(TestProducts products) {
        feedBefore = QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT coalesce(max(seq), 0) FROM change_event").getSingleResult()).longValue());
        String province = TestData.marker();
        producer = created("/api/v1/producers", producerBody());
        product = ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Bánh tét lá cẩm " + marker)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long photo = TestFiles.upload(OFFICE, "banh-tet.png", TestFiles.png(), "image/png")
                .post("/api/v1/products/" + product + "/photos").then().statusCode(201).extract().jsonPath().getLong("id");
        certificationBody = CertificationFixtures.barcode(product);
        certification = created("/api/v1/certifications", certificationBody);
        String certificationEtag = as(OFFICE).get("/api/v1/certifications/" + certification).then().statusCode(200)
                .extract().header("ETag");
        TestFiles.upload(OFFICE, "giay-chung-nhan.pdf", TestFiles.pdf(), "application/pdf")
                .header("If-Match", certificationEtag).put("/api/v1/certifications/" + certification + "/evidence")
                .then().statusCode(200);
        // A partner is changed by the office or the officer who added it: Thành phố Trà Vinh's officer here.
        partnerBody = CommerceFixtures.partnerBody("SUPERMARKET_CHAIN", "Siêu thị " + province);
        partner = as(DO_TRAVINH).body(partnerBody).post("/api/v1/partners").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        contractBody = CommerceFixtures.contractBody(partner, producer, product);
        contract = created("/api/v1/sales-contracts", contractBody);
        supportRequest = created("/api/v1/support-requests",
                SupportTestData.request(producer, "PACKAGING_DESIGN", "2019-06-15"));
        tradeEvent = created("/api/v1/trade-events", CommerceFixtures.eventBody("Hội chợ " + province, "Trà Vinh"));
        long participant = created("/api/v1/trade-events/" + tradeEvent + "/participants",
                Map.of("producerId", producer, "productIds", List.of(product)));
        pointOfSale = created("/api/v1/points-of-sale",
                CommerceFixtures.pointOfSaleBody(TRAVINH, "Điểm bán " + marker, List.of(product)));

        round = EvaluationFixtures.round("DISTRICT", TRAVINH, EvaluationFixtures.B1048);
        EvaluationFixtures.council(round, List.of(DC_TRAVINH, "dc-travinh-2", "dc-travinh-3"));
        long entered = products.create(producer, "Mứt dừa " + marker, EvaluationFixtures.B1048, 1, 2022);
        entry = EvaluationFixtures.enter(OFFICE, round, entered);
        EvaluationFixtures.action(round, "start-scoring");
        scoreSheet = as(DC_TRAVINH).body(Map.of("entryId", entry)).post("/api/v1/score-sheets").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        // A certified product's name is public (the catalogue shows it): this one carries no marker.
        long certified = products.create(created("/api/v1/producers", producerBody("HTX Chả hoa " + province)),
                "Chả hoa " + province, EvaluationFixtures.B1048, 8, 2019);
        decision = created("/api/v1/recognition-decisions",
                PaperDecisions.byTheAuthorityOfTheDay(TestClock.today().minusMonths(1), certified, 4));
        JsonPath issued = as(OFFICE).queryParam("decisionId", decision).get("/api/v1/ocop-certificates").then()
                .statusCode(200).extract().jsonPath();
        certificate = issued.getLong("items[0].id");
        publicCode = issued.getString("items[0].publicCode");

        long seeded = as(OFFICE).queryParam("legalBasisCode", "DECISION_26_2026").queryParam("status", "PUBLISHED")
                .get("/api/v1/rubric-versions").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        long draft = created("/api/v1/rubric-versions", Map.of("legalBasisCode", "DECISION_26_2026", "name",
                "Bản nháp " + province, "effectiveFrom", "2026-07-21", "copyOfVersionId", seeded));
        long sheet = as(OFFICE).get("/api/v1/rubric-versions/" + draft + "/sheets").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
        long procedure = as(OFFICE).get("/api/v1/procedures").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].id");
        String job = Sheets.imported(DO_TRAVINH, "producers", Sheets.producers("HTX nhập " + marker, TRAVINH)).then()
                .extract().jsonPath().getString("id");
        unitCode = TestUnits.commune(TRAVINH);

        ids.put("producers", String.valueOf(producer));
        ids.put("products", String.valueOf(product));
        ids.put("photos", String.valueOf(photo));
        ids.put("certifications", String.valueOf(certification));
        ids.put("partners", String.valueOf(partner));
        ids.put("sales-contracts", String.valueOf(contract));
        ids.put("support-requests", String.valueOf(supportRequest));
        ids.put("trade-events", String.valueOf(tradeEvent));
        ids.put("participants", String.valueOf(participant));
        ids.put("points-of-sale", String.valueOf(pointOfSale));
        ids.put("evaluation-rounds", String.valueOf(round));
        ids.put("evaluation-entries", String.valueOf(entry));
        ids.put("score-sheets", String.valueOf(scoreSheet));
        ids.put("recognition-decisions", String.valueOf(decision));
        ids.put("ocop-certificates", String.valueOf(certificate));
        ids.put("rubric-versions", String.valueOf(draft));
        ids.put("rubric-sheets", String.valueOf(sheet));
        ids.put("procedures", String.valueOf(procedure));
        ids.put("jobs", job);
        ids.put("product-sets", String.valueOf(ProductFixtures.meatSet()));
        ids.put("admin-units", unitCode);
        ids.put("certificates", publicCode);
        districtHrefs = List.of("/api/v1/producers/" + producer, "/api/v1/products/" + product,
                "/api/v1/certifications/" + certification, "/api/v1/sales-contracts/" + contract,
                "/api/v1/support-requests/" + supportRequest, "/api/v1/points-of-sale/" + pointOfSale,
                "/api/v1/evaluation-entries/" + entry);
    }

    private static final Pattern PARAMETER = Pattern.compile("/([^/{}]+)/\\{([^}]+)}");

    /**
     * The value of each parameter of {@code template}, named by the collection before it ({@code /producers/{id}}:
     * the producer); a few parameters name something else than a row. Unknown ones fail the calling test.
     */
    public Map<String, String> pathValues(String template) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            String collection = m.group(1);
            String parameter = m.group(2);
            String value = switch (parameter) {
                case "kind" -> "producers";
                case "legalBasisCode" -> "DECISION_148_2023";
                default -> ids.get(collection);
            };
            if (value == null) {
                throw new AssertionError("no row for {" + parameter + "} after /" + collection + " in " + template
                        + ": add one to ContractFixtures");
            }
            values.put(parameter, value);
        }
        return values;
    }

    /** Whether {@code template} names a row that belongs to a district: one of Thành phố Trà Vinh here. */
    public static boolean namesADistrictsRow(String template) {
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            if (DISTRICT_OWNED.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** {@code template} with its parameters filled in. */
    public String url(String template) {
        String url = template;
        for (Map.Entry<String, String> e : pathValues(template).entrySet()) {
            url = url.replace("{" + e.getKey() + "}", e.getValue());
        }
        return url;
    }

    private static long created(String path, Map<String, Object> body) {
        return as(OFFICE).body(body).post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A producer of 2019 in Thành phố Trà Vinh whose name carries the marker. */
    public Map<String, Object> producerBody() {
        return producerBody("HTX Bánh tét " + marker);
    }

    private static Map<String, Object> producerBody(String name) {
        Map<String, Object> body = new HashMap<>(TestData.producer(TRAVINH, name));
        body.put("communeCode", COMMUNE_OF_2019);
        return body;
    }
}
