package vn.ocop.registry.common.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.ocop.registry.common.ServedContract;
import vn.ocop.registry.common.contract.Contract;
import vn.ocop.registry.common.contract.ContractCheck;
import vn.ocop.registry.common.fuzz.HostileCases.Case;
import vn.ocop.registry.common.fuzz.HostileCases.Category;
import vn.ocop.registry.common.fuzz.HostileCases.Expect;
import vn.ocop.registry.common.fuzz.HostileCases.Target;

/** The generator itself, on the committed contract: reproducible, complete, and hostile by construction. */
class HostileCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** JSON as the server reads it: one value, nothing after it. */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Contract CONTRACT = Contract.committed();

    private static List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        for (ServedContract.Operation op : ServedContract.operations(CONTRACT.document())) {
            Map<String, String> path = new LinkedHashMap<>();
            for (JsonNode p : op.spec().path("parameters")) {
                if ("path".equals(p.path("in").asText())) {
                    path.put(p.path("name").asText(), p.path("schema").path("enum").path(0).asText("1"));
                }
            }
            targets.add(new Target(op, Map.of(), path, Map.of()));
        }
        return targets;
    }

    private static List<Case> cases(long seed, int count) {
        HostileCases generator = new HostileCases(CONTRACT.document(), seed, targets());
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(generator.next());
        }
        return cases;
    }

    @Test
    void theSameSeedGivesTheSameCasesAndAnotherSeedOthers() {
        List<Case> one = cases(7, 500);
        List<Case> again = cases(7, 500);
        List<Case> other = cases(8, 500);
        for (int i = 0; i < one.size(); i++) {
            assertEquals(one.get(i).toString(), again.get(i).toString());
            assertEquals(one.get(i).request().url(), again.get(i).request().url());
            assertTrue(Arrays.equals(one.get(i).request().body(), again.get(i).request().body()), one.get(i).toString());
        }
        assertTrue(java.util.stream.IntStream.range(0, one.size())
                .anyMatch(i -> !one.get(i).toString().equals(other.get(i).toString())));
    }

    @Test
    void aShortRunHasEveryCategoryAndAttacksEveryOperation() {
        List<Case> cases = cases(HostileInputTest.DEFAULT_SEED, HostileInputTest.DEFAULT_CASES);
        Set<Category> seen = EnumSet.noneOf(Category.class);
        cases.forEach(c -> seen.add(c.category()));
        assertEquals(EnumSet.allOf(Category.class), seen);
        Set<String> attacked = new java.util.HashSet<>();
        cases.forEach(c -> attacked.add(c.target()));
        List<String> missed = targets().stream().map(t -> t.op().toString()).filter(op -> !attacked.contains(op))
                // An operation without parameters or a body has nothing to attack.
                .filter(op -> !op.equals("POST /api/v1/ocop-certificates/reminders/run")).toList();
        assertEquals(List.of(), missed);
    }

    /** The sweep itself: a kind of field the sampler missed would never be attacked. */
    @Test
    void theSampleBodiesCoverEveryKindOfField() throws Exception {
        HostileCases generator = new HostileCases(JsonNodeFactory.instance.objectNode(), 1, List.of());
        JsonNode schema = JSON.readTree(("{'type':'object','required':['name'],'properties':{'name':{'type':'string'},"
                + "'on':{'type':'string','format':'date'},'kind':{'type':'string','enum':['A','B']},"
                + "'n':{'type':['integer','null'],'format':'int64'},'q':{'type':'number'},'ok':{'type':'boolean'},"
                + "'lines':{'type':'array','items':{'type':'object','properties':{'unit':{'type':'string'}}}}}}")
                .replace('\'', '"'));
        List<HostileCases.Leaf> leaves = new ArrayList<>();
        JsonNode body = generator.sample(schema, "", "", true, leaves, 0);
        List<String> seen = leaves.stream().map(l -> l.pointer() + " " + l.field() + " " + l.kind() + " "
                + l.required()).toList();
        assertTrue(seen.containsAll(List.of("/name name TEXT true", "/on on DATE false", "/kind kind ENUM false",
                "/n n WHOLE false", "/q q NUMBER false", "/ok ok BOOLEAN false", "/lines lines ARRAY false",
                "/lines/0 lines[0] OBJECT true", "/lines/0/unit lines[0].unit TEXT false")), seen.toString());
        assertTrue(body.path("kind").asText().equals("A") && body.path("on").asText().matches("\\d{4}-\\d\\d-\\d\\d"),
                body.toString());
    }

    /**
     * Every case of a write is refused by construction: the contract's own validator finds something wrong in its
     * request (wrong type, bounds, length, enumeration, required field, not JSON at all), or it carries what the
     * server's documented text and date rules refuse, or it breaks the request's framing (media type, Accept, body
     * limit, nesting limit, an upload's content).
     */
    @Test
    void everyCaseOfAWriteIsInvalidByConstruction() {
        ContractCheck check = new ContractCheck(CONTRACT);
        List<String> valid = new ArrayList<>();
        int bodies = 0;
        for (Case c : cases(HostileInputTest.DEFAULT_SEED, HostileInputTest.DEFAULT_CASES)) {
            if (c.request().method().equals("GET")) {
                continue;
            }
            assertEquals(Expect.REFUSED, c.expect(), c.toString());
            String type = c.request().headers().get("Content-Type");
            if (!"application/json".equals(type) || c.category() == Category.ACCEPT || c.request().body() == null
                    || c.request().body().length > 10 * 1024 * 1024 || Arrays.equals(c.request().body(),
                            "[[[".getBytes())) {
                continue;
            }
            bodies++;
            var exchange = new ContractCheck.Exchange(c.request().method(), URI.create(c.request().url()), type,
                    c.request().body(), false, c.request().headers(), 200, null, null, Map.of());
            boolean contractSaysNo = check.violations(exchange).stream().anyMatch(v -> v.contains("does not allow"));
            boolean namesNothing = c.request().url().contains("/999999999");
            if (!contractSaysNo && !namesNothing && !refusedByTextOrDateRules(c.request().body())) {
                valid.add(c + " " + new String(c.request().body(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        assertTrue(bodies > 500, "JSON bodies checked: " + bodies);
        assertEquals(List.of(), valid.subList(0, Math.min(20, valid.size())));
    }

    /** A string the server's Text rules refuse (control characters, lone surrogates, U+FFFD), or a date IsoDate does. */
    private static boolean refusedByTextOrDateRules(byte[] body) {
        JsonNode json;
        try {
            json = STRICT.readTree(body);
        } catch (java.io.IOException e) {
            return true;
        }
        List<String> strings = new ArrayList<>();
        List<JsonNode> numbers = new ArrayList<>();
        collect(json, strings, numbers);
        return strings.stream().anyMatch(s -> s.codePoints().anyMatch(ch -> Character.getType(ch) == Character.CONTROL
                || ch >= Character.MIN_SURROGATE && ch <= Character.MAX_SURROGATE || ch == 0xFFFD)
                || s.matches("[0-9]{4,5}-[0-9]{2}-[0-9]{2}") && HostileCases.expect(dateSchema(), s) == Expect.REFUSED)
                // Whole numbers (ids, đồng) are written as such and fit in 64 bits; the samples have no fractions.
                || numbers.stream().anyMatch(n -> n.isFloatingPointNumber() || n.isBigInteger());
    }

    private static ObjectNode dateSchema() {
        return JsonNodeFactory.instance.objectNode().put("type", "string").put("format", "date");
    }

    private static void collect(JsonNode node, List<String> strings, List<JsonNode> numbers) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        if (node.isNumber()) {
            numbers.add(node);
        }
        node.forEach(child -> collect(child, strings, numbers));
    }
}
