package vn.ocop.registry.common.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.DC_TRAVINH;
import static vn.ocop.registry.common.TestUsers.DO_TRAVINH;
import static vn.ocop.registry.common.TestUsers.INTEGRATOR;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.PC;
import static vn.ocop.registry.common.TestUsers.as;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import vn.ocop.registry.common.DatabaseChecksum;
import vn.ocop.registry.common.ServedContract;
import vn.ocop.registry.common.TestUsers;
import vn.ocop.registry.common.contract.Contract;
import vn.ocop.registry.common.contract.ContractCheck;
import vn.ocop.registry.common.fuzz.HostileCases.Case;
import vn.ocop.registry.common.fuzz.HostileCases.Category;
import vn.ocop.registry.common.fuzz.HostileCases.Expect;
import vn.ocop.registry.common.fuzz.HostileCases.Target;

/**
 * Generated hostile input on every operation of the served contract ({@link HostileCases}): every answer is a 4xx
 * problem (a read may answer a value it can take), never a 5xx, never a stack trace or a class name, always one the
 * contract documents; and the database is the same afterwards, row for row.
 * <p>
 * {@code -Dfuzz.seed=N} (default {@value #DEFAULT_SEED}, so that {@code make test} is reproducible) and
 * {@code -Dfuzz.cases=N} (default {@value #DEFAULT_CASES}); {@code -Dfuzz.case=N} sends only case N of that seed.
 * {@code make soak} runs many more cases with a seed from the date. Both are printed.
 */
@QuarkusTest
class HostileInputTest {
    static final long DEFAULT_SEED = 20261130L;
    static final int DEFAULT_CASES = 2_000;
    /** Callers tried in turn until one is let through to the request's checks (council members for score sheets). */
    private static final List<String> CALLERS = List.of(OFFICE, PC, DC_TRAVINH, DO_TRAVINH, INTEGRATOR, "co-cauke");
    /**
     * Tables that change on any request, refused or not: {@code rate_limit_window} counts every request of an
     * integrator or anonymous caller (RateLimiter), the 429 being decided before anything else.
     */
    static final Set<String> CHANGE_ON_ANY_REQUEST = Set.of("rate_limit_window");
    /** What only a failure shows: a Java class or package, a stack frame, an SQL error. */
    private static final Pattern LEAK = Pattern.compile("\\b(?:java|javax|jakarta|org\\.(?:hibernate|postgresql|jboss|"
            + "eclipse|apache)|com\\.fasterxml|io\\.(?:quarkus|vertx|smallrye|netty)|vn\\.ocop)\\.[A-Za-z]"
            + "|\\bat [\\w.$]+\\(\\w+\\.java:\\d+\\)|Exception\\b|SQLSTATE|\\bERROR: |Caused by|\\bPSQL|\\bHHH\\d{6}");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ContractCheck contract = new ContractCheck(Contract.committed());
    /**
     * Reads whose plain request is refused (their path names no row: no certificate to draw a QR code of): a bad
     * parameter may be answered by that refusal instead of a 400 naming it.
     */
    private final Set<String> unanswered = new java.util.HashSet<>();

    /** How each case ended. */
    enum Outcome {
        REFUSED, ANSWERED, ACCIDENTAL_SUCCESS, FAILED
    }

    @Test
    void hostileInputIsRefusedWithAProblemAndChangesNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int count = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
        int only = Integer.getInteger("fuzz.case", 0);
        System.out.printf("[fuzz] seed %d, %d cases; rerun: -Dfuzz.seed=%d -Dfuzz.cases=%d (one case: -Dfuzz.case=N)%n",
                seed, count, seed, count);
        JsonNode api = ServedContract.document();
        List<Target> targets = targets(api);
        HostileCases generator = new HostileCases(api, seed, targets);
        Map<String, String> before = DatabaseChecksum.of(dataSource, CHANGE_ON_ANY_REQUEST);

        Map<Category, Map<Outcome, Integer>> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, new EnumMap<>(Outcome.class));
            for (Outcome o : Outcome.values()) {
                counts.get(c).put(o, 0);
            }
        }
        List<String> failures = new ArrayList<>();
        List<String> accidental = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 1; i <= count; i++) {
            Case c = generator.next();
            if (only != 0 && i != only) {
                continue;
            }
            String problem = check(c);
            Outcome outcome = problem == null
                    ? Outcome.REFUSED
                    : problem.startsWith("2") || problem.startsWith("3")
                            ? (c.expect() == Expect.TOLERATED ? Outcome.ANSWERED : Outcome.ACCIDENTAL_SUCCESS)
                            : Outcome.FAILED;
            counts.get(c.category()).merge(outcome, 1, Integer::sum);
            if (outcome == Outcome.FAILED) {
                failures.add(c + ": " + problem);
            } else if (outcome == Outcome.ACCIDENTAL_SUCCESS) {
                accidental.add(c + ": " + problem);
            }
        }
        Map<String, String> after = DatabaseChecksum.of(dataSource, CHANGE_ON_ANY_REQUEST);

        System.out.printf("[fuzz] %d targets, %d points of attack, %.1f s%n", targets.size(), generator.points(),
                (System.nanoTime() - started) / 1e9);
        System.out.printf("[fuzz] %-16s %6s %8s %9s %11s %7s%n", "category", "cases", "refused", "answered",
                "accidental", "failed");
        counts.forEach((category, outcomes) -> System.out.printf("[fuzz] %-16s %6d %8d %9d %11d %7d%n", category,
                outcomes.values().stream().mapToInt(Integer::intValue).sum(), outcomes.get(Outcome.REFUSED),
                outcomes.get(Outcome.ANSWERED), outcomes.get(Outcome.ACCIDENTAL_SUCCESS), outcomes.get(Outcome.FAILED)));
        accidental.forEach(a -> System.out.println("[fuzz] accidental success " + a));
        List<String> changed = new ArrayList<>();
        before.forEach((table, sum) -> {
            if (!sum.equals(after.get(table))) {
                changed.add(table + ": " + sum + " → " + after.get(table));
            }
        });
        after.keySet().stream().filter(t -> !before.containsKey(t)).forEach(t -> changed.add(t + ": new table"));

        assertTrue(failures.isEmpty(), failures.size() + " hostile cases (seed " + seed + ") were not refused as a "
                + "4xx problem:\n" + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
        assertEquals(List.of(), changed, "the hostile cases changed the database (accidental successes: " + accidental
                + ")");
        assertTrue(accidental.isEmpty(), "hostile cases that were accepted: " + accidental);
        assertTrue(only != 0 || targets.size() >= 140, "every operation is attacked: " + targets.size());
    }

    /**
     * Null when the answer is a right refusal; otherwise what came, starting with its status when only the status is
     * wrong (a 2xx or 3xx is an answer to a read that may take the value, an accidental success otherwise).
     */
    private String check(Case c) {
        HttpResponse<byte[]> r;
        try {
            r = send(c.request());
        } catch (IOException e) {
            return "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        int status = r.statusCode();
        String type = r.headers().firstValue("Content-Type").orElse("");
        String body = new String(r.body(), StandardCharsets.UTF_8);
        String head = status + " " + type + " " + abbreviate(body);
        if (!type.startsWith("application/vnd") && !type.startsWith("application/pdf") && !type.startsWith("image/")
                && LEAK.matcher(body).find()) {
            // Not starting with the status: a leak fails even a read that may answer.
            return "leaks " + LEAK.matcher(body).results().map(m -> m.group()).distinct().toList() + ": " + head;
        }
        if (status >= 500) {
            return head;
        }
        if (status < 400) {
            return head;
        }
        if (!type.startsWith("application/problem+json")) {
            return head + " — not a problem";
        }
        boolean plainRefused = unanswered.contains(c.target()) && status != 400;
        if (c.field() != null && !plainRefused && (status != 400 || !names(r.body(), c.field()))) {
            return head + " — not a 400 naming " + c.field();
        }
        URI uri = URI.create(c.request().url());
        List<String> violations = contract.violations(new ContractCheck.Exchange(c.request().method(), uri,
                c.request().headers().get("Content-Type"), c.request().body(), false, c.request().headers(), status,
                type, r.body(), first(r)));
        return violations.isEmpty() ? null : head + " — breaks the contract: " + violations;
    }

    private static boolean names(byte[] problem, String field) {
        try {
            for (JsonNode error : JSON.readTree(problem).path("errors")) {
                if (field.equals(error.path("field").asText())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private HttpResponse<byte[]> send(HostileCases.Request request) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + request.url()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String base() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    private static Map<String, String> first(HttpResponse<?> r) {
        Map<String, String> headers = new LinkedHashMap<>();
        r.headers().map().forEach((k, v) -> headers.put(k, v.get(0)));
        return headers;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // ---------------------------------------------------------------------------------------------------- targets

    /** Every operation with a caller let through, path parameters naming existing rows and required queries. */
    private List<Target> targets(JsonNode api) {
        List<Target> targets = new ArrayList<>();
        for (ServedContract.Operation op : ServedContract.operations(api)) {
            Map<String, String> path = pathValues(op);
            String url = op.path();
            for (Map.Entry<String, String> p : path.entrySet()) {
                url = url.replace("{" + p.getKey() + "}", p.getValue());
            }
            Map<String, String> query = new LinkedHashMap<>();
            op.queryParameters().forEach((name, p) -> {
                if (p.path("required").asBoolean()) {
                    query.put(name, p.path("example").asText());
                } else if (name.equals("size")) {
                    query.put(name, "1");
                }
            });
            String caller = callerFor(op, url, query);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", "Bearer " + TestUsers.token(caller));
            for (JsonNode p : op.spec().path("parameters")) {
                String name = p.path("name").asText();
                if ("header".equals(p.path("in").asText()) && name.equals("If-Match")) {
                    headers.put(name, etag(caller, url));
                } else if ("header".equals(p.path("in").asText()) && name.equals("Idempotency-Key")) {
                    headers.put(name, "fuzz-" + op.path().hashCode());
                }
            }
            targets.add(new Target(op, headers, path, query));
        }
        return targets;
    }

    /** Each path parameter: an enumeration's first value, else what the parent list's first row is called. */
    private static Map<String, String> pathValues(ServedContract.Operation op) {
        String template = op.path();
        for (JsonNode p : op.spec().path("parameters")) {
            JsonNode values = p.path("schema").path("enum");
            if ("path".equals(p.path("in").asText()) && values.size() > 0) {
                template = template.replace("{" + p.path("name").asText() + "}", values.get(0).asText());
            }
        }
        String[] concrete = ServedContract.concrete(template).split("/");
        String[] names = op.path().split("/");
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            if (names[i].startsWith("{")) {
                values.put(names[i].substring(1, names[i].length() - 1), concrete[i]);
            }
        }
        return values;
    }

    /**
     * The first caller whose role lets the request through. A write is sent a body it cannot read and an id that names
     * nothing, so that the probe never writes; one with neither is not probed.
     */
    private String callerFor(ServedContract.Operation op, String url, Map<String, String> query) {
        boolean read = op.method().equals("get");
        if (!read && op.requestMediaTypes().isEmpty() && op.numericPathParameters().isEmpty()) {
            return OFFICE;
        }
        String probe = url;
        if (!read) {
            probe = op.path();
            for (String id : op.numericPathParameters()) {
                probe = probe.replace("{" + id + "}", "999999999");
            }
            probe = probe.replaceAll("\\{[^}]+}", "x");
        }
        for (String caller : CALLERS) {
            var request = ServedContract.withUnreadableBody(op, as(caller));
            int status = request.queryParams(query).request(op.method(), probe).statusCode();
            if (status != 401 && status != 403) {
                if (read && status >= 300) {
                    unanswered.add(op.toString());
                }
                return caller;
            }
        }
        return OFFICE;
    }

    /** The current ETag of the resource at {@code url}, so that a write gets past its version check. */
    private static String etag(String caller, String url) {
        Response r = as(caller).get(url);
        String etag = r.statusCode() == 200 ? r.header("ETag") : null;
        return etag == null ? "\"0\"" : etag;
    }
}
