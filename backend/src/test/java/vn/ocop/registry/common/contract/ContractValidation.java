package vn.ocop.registry.common.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Validates every request and response that a {@code @QuarkusTest} makes through RestAssured against the committed
 * openapi.yaml, so that contract and server cannot drift apart. A test whose exchanges break the contract fails
 * after it ran, with each violation listed; all violations are also appended to
 * {@code target/contract-violations.txt}. {@code -Dcontract.report=true} only writes that file (to survey a
 * change that breaks many tests at once).
 */
public final class ContractValidation implements Filter, QuarkusTestBeforeEachCallback, QuarkusTestAfterEachCallback {
    static final Path REPORT = Path.of("target", "contract-violations.txt");
    private static final ContractValidation FILTER = new ContractValidation();
    private static final List<String> VIOLATIONS = new ArrayList<>();
    private static ContractCheck check;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    @Override
    public void afterEach(QuarkusTestMethodContext context) {
        List<String> found;
        synchronized (VIOLATIONS) {
            found = List.copyOf(VIOLATIONS);
            VIOLATIONS.clear();
        }
        if (found.isEmpty()) {
            return;
        }
        String test = context.getTestInstance().getClass().getSimpleName() + "." + context.getTestMethod().getName();
        report(test, found);
        if (!Boolean.getBoolean("contract.report")) {
            throw new AssertionError(found.size() + " exchange(s) of " + test + " break openapi.yaml:\n  "
                    + String.join("\n  ", found.stream().distinct().limit(20).toList()));
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (!uri.getRawPath().startsWith("/api/") || "OPTIONS".equals(request.getMethod())) {
            return response;
        }
        ContractCheck.Exchange exchange = new ContractCheck.Exchange(request.getMethod(), uri, request.getContentType(),
                bytes(request.getBody()), !request.getMultiPartParams().isEmpty(), headers(request.getHeaders()),
                response.getStatusCode(), response.getContentType(), response.asByteArray(),
                headers(response.getHeaders()));
        List<String> found = check().violations(exchange);
        if (!found.isEmpty()) {
            synchronized (VIOLATIONS) {
                VIOLATIONS.addAll(found);
            }
        }
        return response;
    }

    private static synchronized ContractCheck check() {
        if (check == null) {
            check = new ContractCheck(Contract.committed());
        }
        return check;
    }

    private static byte[] bytes(Object body) {
        if (body == null) {
            return null;
        }
        return body instanceof byte[] b ? b : body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(io.restassured.http.Headers headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Header h : headers) {
            out.putIfAbsent(h.getName(), h.getValue());
        }
        return out;
    }

    private static synchronized void report(String test, List<String> found) {
        StringBuilder text = new StringBuilder();
        found.forEach(v -> text.append(test).append('\t').append(v).append('\n'));
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
