package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import io.restassured.response.Response;

/**
 * The same request sent by many callers at once: each on its own thread, all released together by a barrier, so the
 * requests overlap on the server whatever the machine's speed. What the server answers must not depend on the order in
 * which they arrive; only the number of winners and losers is checked.
 */
public final class Concurrently {
    /** How many callers race in each concurrency test (issue 14: 50 writers on one resource). */
    public static final int CALLERS = 50;

    private Concurrently() {
    }

    /** Sends {@code request(i)} for i in 0..n-1 at once; returns the answers in the callers' order. */
    public static List<Response> send(int n, IntFunction<Response> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int caller = i;
                futures.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return request.apply(caller);
                }));
            }
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : futures) {
                out.add(f.get(3, TimeUnit.MINUTES));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Status → how many answers had it, e.g. {200=1, 409=49}. */
    public static Map<Integer, Integer> statuses(List<Response> answers) {
        Map<Integer, Integer> out = new TreeMap<>();
        answers.forEach(r -> out.merge(r.statusCode(), 1, Integer::sum));
        return out;
    }

    /** Exactly one answer has {@code winner}, all others {@code loser}, and every loser is a problem+json. */
    public static Response oneWins(List<Response> answers, int winner, int loser) {
        assertEquals(Map.of(winner, 1, loser, answers.size() - 1), statuses(answers),
                "one " + winner + ", the rest " + loser);
        answers.stream().filter(r -> r.statusCode() == loser).forEach(r -> {
            assertEquals(Problem.MEDIA_TYPE, r.contentType().split(";")[0], "a loser gets problem+json");
            assertEquals(loser, r.jsonPath().getInt("status"));
        });
        return answers.stream().filter(r -> r.statusCode() == winner).findFirst().orElseThrow();
    }
}
