package vn.ocop.registry.producer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.ANONYMOUS;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.DC_CAUKE;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.as;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.ocop.registry.certification.CertificationFixtures;
import vn.ocop.registry.commerce.CommerceFixtures;
import vn.ocop.registry.common.Exports;
import vn.ocop.registry.common.TestClock;
import vn.ocop.registry.common.TestData;
import vn.ocop.registry.common.TestProducts;
import vn.ocop.registry.common.TestUnits;
import vn.ocop.registry.evaluation.EvaluationFixtures;
import vn.ocop.registry.product.ProductFixtures;
import vn.ocop.registry.recognition.PaperDecisions;

/**
 * A household business's personal data (its owner's tax code, name, phone, e-mail and address) never reaches an
 * integrator or the public: one walk over every read that is open to them, with the household's records in each,
 * searching the raw bodies (JSON, CSV, XLSX cells, HTML) for the values the database holds.
 */
@QuarkusTest
class IntegratorPersonalDataTest {
    /** Reads open to integrators or the public that cannot hold a producer's data, and why. */
    private static final Map<String, String> NOT_WALKED = Map.ofEntries(
            Map.entry("/api/v1/admin-units", "reference data"),
            Map.entry("/api/v1/admin-units/tree", "reference data"),
            Map.entry("/api/v1/admin-units/{code}", "reference data"),
            Map.entry("/api/v1/admin-units/{code}/predecessors", "reference data"),
            Map.entry("/api/v1/admin-units/{code}/successors", "reference data"),
            Map.entry("/api/v1/legal-bases", "reference data"),
            Map.entry("/api/v1/legal-bases/in-force", "reference data"),
            Map.entry("/api/v1/product-groups", "reference data"),
            Map.entry("/api/v1/product-set-successions", "reference data"),
            Map.entry("/api/v1/product-sets", "reference data"),
            Map.entry("/api/v1/product-sets/{id}/equivalents/{legalBasisCode}", "reference data"),
            Map.entry("/api/v1/procedures", "reference data"),
            Map.entry("/api/v1/procedures/{id}", "reference data"),
            Map.entry("/api/v1/rubric-versions", "reference data"),
            Map.entry("/api/v1/rubric-versions/{id}", "reference data"),
            Map.entry("/api/v1/rubric-versions/{id}/sheets", "reference data"),
            Map.entry("/api/v1/rubric-sheets/{id}", "reference data"),
            Map.entry("/api/v1/me", "the caller itself"),
            Map.entry("/api/v1/products/{id}/photos/{photoId}", "image bytes"),
            Map.entry("/api/v1/public/certificates/{code}/qr.png", "a QR code of the lookup's URL"),
            Map.entry("/api/v1/public/certificates/{code}/qr.svg", "a QR code of the lookup's URL"),
            // Results name products and producers, and no person (the walk reads the rounds and entries, which name
            // their council's members and authors).
            Map.entry("/api/v1/evaluation-rounds/{id}/results", "no producer data beyond names"),
            Map.entry("/api/v1/evaluation-entries/{id}/result", "no producer data beyond names"));

    @Inject
    TestProducts products;
    private final String marker = TestData.marker();
    private final Set<String> walked = new TreeSet<>();
    private final Map<String, String> bodies = new LinkedHashMap<>();

    @Test
    void noReadOpenToIntegratorsOrThePublicCarriesAHouseholdsPersonalData() throws IOException {
        long household = household();
        Map<String, String> personal = personalValues(household);
        String officeView = as(OFFICE).get("/api/v1/producers/" + household).then().statusCode(200).extract().asString();
        personal.forEach((field, value) -> assertTrue(officeView.contains(value), "staff see the " + field));

        long product = ProductFixtures.create(OFFICE, ProductFixtures.body(household, "Bánh tét lá cẩm " + marker))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long certification = CertificationFixtures.createdId(CertificationFixtures.barcode(product));
        CertificationFixtures.createdId(CertificationFixtures.ofProducer(household, "FOOD_SAFETY",
                "ATTP-" + marker, LocalDate.of(2019, 3, 1), null));
        long partner = CommerceFixtures.partner("Siêu thị " + marker);
        long contract = as(OFFICE).body(CommerceFixtures.contractBody(partner, household, product))
                .post("/api/v1/sales-contracts").then().statusCode(201).extract().jsonPath().getLong("id");
        as(OFFICE).post("/api/v1/sales-contracts/" + contract + "/activate").then().statusCode(200);
        long support = as(OFFICE).body(Map.of("producerId", household, "type", "PACKAGING_DESIGN", "description",
                "Thiết kế bao bì " + marker, "requestedOn", "2019-06-15")).post("/api/v1/support-requests")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long event = as(OFFICE).body(CommerceFixtures.eventBody("Hội chợ " + marker, "Trà Vinh"))
                .post("/api/v1/trade-events").then().statusCode(201).extract().jsonPath().getLong("id");
        long participant = as(OFFICE).body(Map.of("producerId", household, "productIds", List.of(product)))
                .post("/api/v1/trade-events/" + event + "/participants").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        long pointOfSale = as(OFFICE).body(CommerceFixtures.pointOfSaleBody(TRAVINH, "Điểm bán " + marker,
                List.of(product))).post("/api/v1/points-of-sale").then().statusCode(201).extract().jsonPath().getLong("id");
        LocalDate decidedOn = TestClock.today().minusMonths(1);
        long decision = as(OFFICE).body(PaperDecisions.byTheAuthorityOfTheDay(decidedOn, product, 4))
                .post("/api/v1/recognition-decisions").then().statusCode(201).extract().jsonPath().getLong("id");
        var certificate = as(OFFICE).queryParam("decisionId", decision).get("/api/v1/ocop-certificates").then()
                .statusCode(200).extract().jsonPath();
        long certificateId = certificate.getLong("items[0].id");
        String publicCode = certificate.getString("items[0].publicCode");
        String year = String.valueOf(decidedOn.getYear());

        read("/api/v1/producers", Map.of("q", marker), true);
        read("/api/v1/producers/{id}", household, true);
        export("/api/v1/producers/export", Map.of("q", marker));
        read("/api/v1/products", Map.of("producerId", household), true);
        read("/api/v1/products/{id}", product, true);
        read("/api/v1/products/{id}/photos", product, false);
        export("/api/v1/products/export", Map.of("producerId", household));
        read("/api/v1/certifications", Map.of("producerId", household), true);
        read("/api/v1/certifications/{id}", certification, true);
        export("/api/v1/certifications/export", Map.of("producerId", household));
        read("/api/v1/sales-contracts", Map.of("producerId", household), true);
        read("/api/v1/sales-contracts/{id}", contract, true);
        read("/api/v1/sales-contracts/{id}/history", contract, false);
        export("/api/v1/sales-contracts/export", Map.of("producerId", household));
        read("/api/v1/support-requests", Map.of("producerId", household), true);
        read("/api/v1/support-requests/{id}", support, true);
        read("/api/v1/support-requests/summary", Map.of("year", "2019"), false);
        read("/api/v1/trade-events", Map.of("q", marker), false);
        read("/api/v1/trade-events/{id}", event, false);
        read("/api/v1/trade-events/{id}/participants", event, true);
        walk(INTEGRATOR, "/api/v1/trade-events/{id}/participants/{participantId}",
                "/api/v1/trade-events/" + event + "/participants/" + participant, Map.of(), true);
        read("/api/v1/points-of-sale", Map.of("productId", product), false);
        read("/api/v1/points-of-sale/{id}", pointOfSale, false);
        read("/api/v1/partners", Map.of("q", marker), false);
        read("/api/v1/partners/{id}", partner, false);
        read("/api/v1/recognition-decisions", Map.of("year", year, "size", 200), false);
        read("/api/v1/recognition-decisions/{id}", decision, false);
        read("/api/v1/ocop-certificates", Map.of("producerId", household), true);
        read("/api/v1/ocop-certificates/{id}", certificateId, true);
        document("/api/v1/ocop-certificates/{id}/pdf", certificateId);
        document("/api/v1/recognition-decisions/{id}/products/pdf", decision);
        document("/api/v1/recognition-decisions/{id}/products/xlsx", decision);
        read("/api/v1/changes", Map.of("after", "0", "limit", 1000), false);
        read("/api/v1/evaluation-entries", Map.of("productId", product), false);
        read("/api/v1/reports/annual", Map.of("year", year), false);
        export("/api/v1/reports/annual/export", Map.of("year", year));
        walk(ANONYMOUS, "/api/v1/public/products", "/api/v1/public/products", Map.of("q", marker), true);
        walk(ANONYMOUS, "/api/v1/public/certificates/{code}", "/api/v1/public/certificates/" + publicCode, Map.of(),
                true);
        walk(ANONYMOUS, "/api/v1/public/certificates/{code}/page",
                "/api/v1/public/certificates/" + publicCode + "/page", Map.of(), true);
        // A round with its council (dc-cauke-1 chairs) and an entry from which dc-cauke-3 recused: persons by name.
        long[] round = EvaluationFixtures.scoringRound(products, "DISTRICT", CAUKE, EvaluationFixtures.B1048,
                EvaluationFixtures.CAUKE_COUNCIL, CAUKE);
        as("dc-cauke-3").body(Map.of("reason", "Người thân của chủ thể sản xuất"))
                .post("/api/v1/evaluation-entries/" + round[1] + "/recusals").then().statusCode(201);
        read("/api/v1/evaluation-rounds", Map.of("adminUnitCode", CAUKE, "size", 200), false);
        read("/api/v1/evaluation-rounds/{id}", round[0], false);
        read("/api/v1/evaluation-rounds/{id}/entries", round[0], false);
        read("/api/v1/evaluation-entries/{id}", round[1], false);
        read("/api/v1/procedures", Map.of("size", 200), false);
        read("/api/v1/rubric-versions", Map.of("size", 200), false);

        // The producer's own trail holds every personal field; integrators may not read it at all.
        as(INTEGRATOR).get("/api/v1/producers/" + household + "/history").then().statusCode(403);
        as(INTEGRATOR).get("/api/v1/products/" + product + "/history").then().statusCode(403);

        bodies.forEach((what, body) -> personal.forEach((field, value) -> assertFalse(body.contains(value),
                "the household's " + field + " in " + what + ":\n" + body)));
        Set<String> staff = staffUsernames();
        bodies.forEach((what, body) -> staff.forEach(name -> assertFalse(namesStaff(body, name),
                "the staff username " + name + " in " + what + ":\n" + body)));
        Set<String> missed = new TreeSet<>(openToIntegratorsOrThePublic());
        missed.removeAll(walked);
        missed.removeAll(NOT_WALKED.keySet());
        assertEquals(Set.of(), missed, "reads open to integrators or the public that this walk does not cover");
    }

    @Test
    void integratorsReadTheRoleOfAChangesAuthorNotTheStaffMembersName() {
        long producer = ProductFixtures.producer(TRAVINH, "Cơ sở " + marker);
        long product = ProductFixtures.create(OFFICE, ProductFixtures.body(producer, "Trà " + marker)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long contract = as(OFFICE).body(CommerceFixtures.contractBody(CommerceFixtures.partner("Đối tác " + marker),
                producer, product)).post("/api/v1/sales-contracts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        String path = "/api/v1/sales-contracts/" + contract + "/history";
        assertEquals(List.of("office"), as(OFFICE).get(path).then().statusCode(200).extract().jsonPath()
                .getList("items.actor"));
        assertEquals(List.of("ocop-admin"), as(INTEGRATOR).get(path).then().statusCode(200).extract().jsonPath()
                .getList("items.actor"));
        // Every other field naming a person likewise (StaffNames), by the role the person last acted in.
        String record = "/api/v1/sales-contracts/" + contract;
        var staffView = as(OFFICE).get(record).then().statusCode(200).extract().jsonPath();
        var integratorView = as(INTEGRATOR).get(record).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("office", "office"), List.of(staffView.getString("createdBy"), staffView.getString("updatedBy")));
        assertEquals(List.of("ocop-admin", "ocop-admin"),
                List.of(integratorView.getString("createdBy"), integratorView.getString("updatedBy")));
    }

    /**
     * The usernames of staff: the demo users that wrote the rows read here, and every author the audit trail, the
     * councils and the recusals of this database name (the authors of every row, as each change is recorded).
     */
    private static Set<String> staffUsernames() {
        Set<String> names = new TreeSet<>(List.of(OFFICE, DO_TRAVINH, DC_CAUKE, "dc-cauke-3", PC));
        names.addAll(QuarkusTransaction.requiringNew().call(() -> Producer.getEntityManager().createNativeQuery(
                "SELECT actor FROM audit_event WHERE actor NOT LIKE 'system%' AND actor NOT LIKE 'service-account-%' "
                        + "UNION SELECT username FROM council_member UNION SELECT username FROM entry_recusal",
                String.class).getResultList()));
        return names;
    }

    /** Whether {@code body} holds {@code name} as a whole word (office, not office-vinhlong). */
    private static boolean namesStaff(String body, String name) {
        return Pattern.compile("(?<![\\w.@-])" + Pattern.quote(name) + "(?![\\w.@-])").matcher(body).find();
    }

    /** A household business in a commune of Thành phố Trà Vinh, with personal values no other row has. */
    private long household() {
        Map<String, Object> body = new HashMap<>(TestUnits.producerInCommune(TRAVINH, "Hộ kinh doanh Bánh tét " + marker));
        long digits = ThreadLocalRandom.current().nextLong(1_000_000L, 10_000_000L);
        body.put("type", "HOUSEHOLD_BUSINESS");
        body.put("taxCode", "0842" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L));
        body.put("representative", "Kim Thị " + marker);
        body.put("phone", "0294 " + digits);
        body.put("email", marker + "@nha.example.vn");
        body.put("address", "Ấp " + marker + ", phường 3");
        return as(OFFICE).body(body).post("/api/v1/producers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The household's personal values as the database holds them. */
    private static Map<String, String> personalValues(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Producer p = Producer.findById(id);
            assertEquals(ProducerType.HOUSEHOLD_BUSINESS, p.type);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("tax code", p.taxCode);
            values.put("representative", p.representative);
            values.put("phone", p.phone);
            values.put("email", p.email);
            values.put("address", p.address);
            values.values().forEach(v -> assertTrue(v != null && v.length() >= 10, "a value to search for: " + v));
            return values;
        });
    }

    /** An integrator's read of a list with {@code filters}. */
    private void read(String template, Map<String, ?> filters, boolean namesTheHousehold) {
        walk(INTEGRATOR, template, template, filters, namesTheHousehold);
    }

    /** An integrator's read of one record. */
    private void read(String template, long id, boolean namesTheHousehold) {
        walk(INTEGRATOR, template, template.replace("{id}", String.valueOf(id)), Map.of(), namesTheHousehold);
    }

    private void walk(String user, String template, String path, Map<String, ?> query, boolean namesTheHousehold) {
        Response response = as(user).queryParams(query).get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.asString());
        String body = response.asString();
        if (namesTheHousehold) {
            assertTrue(body.contains(marker), path + " shows the household's records: " + body);
        }
        walked.add(template);
        bodies.put(path + " " + query, body);
    }

    /** Both formats of an export, the XLSX read back cell by cell. */
    private void export(String template, Map<String, ?> filters) {
        bodies.put(template + " CSV " + filters, String.join("\n", Exports.csv(INTEGRATOR, template, filters)));
        byte[] xlsx = as(INTEGRATOR).queryParams(filters).queryParam("format", "XLSX").get(template).then()
                .statusCode(200).extract().asByteArray();
        bodies.put(template + " XLSX " + filters, Exports.cells(xlsx));
        walked.add(template);
    }

    /** A printed document (PDF or XLSX) of one record, read back as text; it must name the household's records. */
    private void document(String template, long id) {
        String path = template.replace("{id}", String.valueOf(id));
        byte[] file = as(INTEGRATOR).get(path).then().statusCode(200).extract().asByteArray();
        String text = template.endsWith("/pdf") ? Exports.pdfText(file) : Exports.cells(file);
        assertTrue(text.contains(marker), path + " shows the household's records: " + text);
        bodies.put(path, text);
        walked.add(template);
    }

    /** The GET operations of the committed contract that integrators (x-roles) or anyone (no x-roles) may call. */
    private static List<String> openToIntegratorsOrThePublic() throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of("..", "openapi.yaml"), StandardCharsets.UTF_8)).get("paths");
        List<String> open = new ArrayList<>();
        paths.fields().forEachRemaining(path -> {
            JsonNode get = path.getValue().get("get");
            if (get != null) {
                JsonNode roles = get.get("x-roles");
                boolean integrator = roles != null && roles.toString().contains("\"integrator\"");
                if (roles == null || integrator) {
                    open.add(path.getKey());
                }
            }
        });
        return open;
    }
}
