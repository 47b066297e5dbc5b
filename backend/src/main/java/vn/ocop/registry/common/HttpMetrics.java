package vn.ocop.registry.common;

import java.time.Duration;
import java.util.stream.LongStream;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * The request latency histogram at {@code /q/metrics} ({@code http_server_requests_seconds_bucket}): fixed buckets from
 * 1 ms to 2 s, where this API's answers lie (a list in milliseconds, a report or an export in a second or two), so that
 * p50/p99 per route can be read from Prometheus at a bounded cost: 12 series per route, status and method. Routes are
 * labelled by their template ({@code /api/v1/products/{id}}); application.properties bounds the rest.
 */
@Singleton
public class HttpMetrics {
    static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    static final long[] BUCKETS_MS = {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2000};

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        double[] buckets = LongStream.of(BUCKETS_MS).mapToDouble(ms -> Duration.ofMillis(ms).toNanos()).toArray();
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(HTTP_SERVER_REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(buckets).build().merge(config);
            }
        };
    }
}
