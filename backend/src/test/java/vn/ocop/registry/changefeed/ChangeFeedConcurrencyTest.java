package vn.ocop.registry.changefeed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ocop.registry.common.TestUsers.CAUKE;
import static vn.ocop.registry.common.TestUsers.OFFICE;
import static vn.ocop.registry.common.TestUsers.TRAVINH;
import static vn.ocop.registry.common.TestUsers.token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import vn.ocop.registry.commerce.TradeEvent;
import vn.ocop.registry.commerce.TradeEventKind;
import vn.ocop.registry.common.SqlRow;
import vn.ocop.registry.producer.Producer;

/**
 * The feed's promise under concurrent writers: a reader paging from any cursor while others write gets every
 * committed change exactly once, in commit order, even from a transaction that wrote its event first and committed
 * last.
 */
@QuarkusTest
class ChangeFeedConcurrencyTest {
    @Inject
    EntityManager em;

    /** One page read over HTTP as the office: its events (seq, type, id, version) and where to continue. */
    record Read(List<Event> events, String next, boolean more) {
    }

    record Event(long seq, String type, long id, long version) {
    }

    static Read read(String bearer, String after, int limit) {
        JsonPath page = RestAssured.given().auth().oauth2(bearer).queryParam("after", after).queryParam("limit", limit)
                .get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
        List<Event> events = new ArrayList<>();
        for (Map<String, Object> e : page.<Map<String, Object>>getList("items")) {
            events.add(new Event(Long.parseLong((String) e.get("cursor")), (String) e.get("resourceType"),
                    ((Number) e.get("resourceId")).longValue(), ((Number) e.get("version")).longValue()));
        }
        return new Read(events, page.getString("next"), page.getBoolean("hasMore"));
    }

    /** Reads everything after {@code cursor} up to now into {@code into}; returns the cursor to go on from. */
    static String drain(String bearer, String cursor, int limit, List<Event> into) {
        while (true) {
            Read r = read(bearer, cursor, limit);
            into.addAll(r.events());
            cursor = r.next();
            if (!r.more()) {
                return cursor;
            }
        }
    }

    private long newProducer(String district) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Producer p = new Producer();
            p.type = vn.ocop.registry.producer.ProducerType.COOPERATIVE;
            p.name = "HTX feed " + System.nanoTime();
            p.registeredOn = LocalDate.of(2019, 6, 1);
            p.districtCode = district;
            p.districtId = ((Number) em.createNativeQuery("SELECT id FROM admin_unit WHERE code = :c "
                    + "AND valid_from <= DATE '2019-06-01' AND (valid_to IS NULL OR valid_to >= DATE '2019-06-01')")
                    .setParameter("c", district).getSingleResult()).longValue();
            p.touch("feed-test");
            p.persist();
            return p.id;
        });
    }

    /** Renames a producer in the current transaction, flushed, so that its event is pending. */
    private void rename(long id, String name) {
        Producer p = Producer.findById(id);
        p.name = name;
        p.touch("feed-test");
        em.flush();
    }

    /** Runs {@code hold} at commit, after this transaction's events were inserted and before they are numbered. */
    private void atCommit(Runnable hold) {
        em.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                .registerCallback((BeforeCompletionCallback) session -> hold.run());
    }

    private List<Long> outboxIds(long producerId) {
        return QuarkusTransaction.requiringNew().call(() -> SqlRow.list(em.createNativeQuery("SELECT id, seq FROM "
                + "change_event WHERE resource_type = 'PRODUCER' AND resource_id = :id ORDER BY id",
                jakarta.persistence.Tuple.class)
                .setParameter("id", producerId)).stream().map(r -> r.number("id")).toList());
    }

    @Test
    void aTransactionThatWroteFirstAndCommitsLastIsNeitherSkippedNorRepeated() throws Exception {
        String bearer = token(OFFICE);
        long a = newProducer(TRAVINH);
        long b = newProducer(CAUKE);
        List<Event> seen = new ArrayList<>();
        String cursor = drain(bearer, "0", 500, new ArrayList<>());

        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> longTx = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            rename(a, "HTX dài " + System.nanoTime());
            atCommit(() -> {
                written.countDown();
                try {
                    assertTrue(release.await(60, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
        }));
        assertTrue(written.await(60, TimeUnit.SECONDS), "the long transaction inserted its event");
        QuarkusTransaction.requiringNew().run(() -> rename(b, "HTX ngắn " + System.nanoTime()));

        cursor = drain(bearer, cursor, 1, seen);
        assertEquals(List.of(b), seen.stream().map(Event::id).toList(), "the short transaction is seen, the open one not");

        release.countDown();
        longTx.get(60, TimeUnit.SECONDS);
        pool.shutdown();
        cursor = drain(bearer, cursor, 1, seen);
        drain(bearer, cursor, 1, seen);
        assertEquals(List.of(b, a), seen.stream().map(Event::id).toList(), "each once, in commit order");
        assertTrue(seen.get(0).seq() < seen.get(1).seq());
        // The long transaction's event row was inserted first: an insert-time number would have put it before b's,
        // behind a cursor the reader had already passed.
        assertTrue(outboxIds(a).get(1) < outboxIds(b).get(1), "a's event was written before b's");
    }

    /**
     * Several writers change a shared set of producers with varied hold times (some holding after their events were
     * written), retrying lost races, while a reader pages from the start with a small page. The reader ends with
     * exactly the committed events, no gap, no repeat, and each producer's versions in increasing order.
     */
    @Test
    void concurrentWritersAndAPagingReader() throws Exception {
        long seed = Long.getLong("feed.seed", 20261130L);
        System.out.println("ChangeFeedConcurrencyTest seed: " + seed + " (-Dfeed.seed=… to repeat another)");
        String bearer = token(OFFICE);
        List<Long> producers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            producers.add(newProducer(i % 2 == 0 ? TRAVINH : CAUKE));
        }
        String start = drain(bearer, "0", 1000, new ArrayList<>());
        long startSeq = Long.parseLong(start);

        int writers = 4;
        int transactionsEach = 12;
        AtomicInteger committedEvents = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        List<Event> seen = new ArrayList<>();
        Future<?> reader = pool.submit(() -> {
            String cursor = start;
            while (writing.get()) {
                Read r = read(bearer, cursor, 3);
                seen.addAll(r.events());
                cursor = r.next();
            }
            drain(bearer, cursor, 3, seen);
        });
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Random random = new Random(seed + w);
            futures.add(pool.submit(() -> {
                for (int t = 0; t < transactionsEach; t++) {
                    List<Long> chosen = new ArrayList<>(new HashSet<>(List.of(
                            producers.get(random.nextInt(producers.size())),
                            producers.get(random.nextInt(producers.size())))));
                    chosen.sort(Long::compare);
                    int hold = random.nextInt(40);
                    boolean holdAfterWriting = random.nextBoolean();
                    for (int attempt = 0;; attempt++) {
                        try {
                            QuarkusTransaction.requiringNew().run(() -> {
                                for (long id : chosen) {
                                    rename(id, "HTX " + System.nanoTime());
                                }
                                Runnable sleep = () -> {
                                    try {
                                        Thread.sleep(hold);
                                    } catch (InterruptedException e) {
                                        throw new IllegalStateException(e);
                                    }
                                };
                                if (holdAfterWriting) {
                                    atCommit(sleep);
                                } else {
                                    sleep.run();
                                }
                            });
                            committedEvents.addAndGet(chosen.size());
                            break;
                        } catch (RuntimeException lostRace) {
                            if (attempt > 50) {
                                throw lostRace;
                            }
                        }
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        writing.set(false);
        reader.get(5, TimeUnit.MINUTES);
        pool.shutdown();

        List<Long> committed = QuarkusTransaction.requiringNew().call(() -> SqlRow.list(em.createNativeQuery(
                "SELECT seq FROM change_event WHERE seq > :s ORDER BY seq", jakarta.persistence.Tuple.class)
                .setParameter("s", startSeq)).stream().map(r -> r.number("seq")).toList());
        List<Long> read = seen.stream().map(Event::seq).toList();
        assertEquals(committed, read, "the reader got exactly the committed events, in order");
        assertEquals(read.size(), new HashSet<>(read).size(), "no event twice");
        List<Event> ours = seen.stream().filter(e -> e.type().equals("PRODUCER") && producers.contains(e.id())).toList();
        assertEquals(committedEvents.get(), ours.size(), "every committed change has its event");
        Map<Long, Long> last = new HashMap<>();
        for (Event e : ours) {
            Long before = last.put(e.id(), e.version());
            assertTrue(before == null || before < e.version(), "versions of producer " + e.id() + " increase: "
                    + before + " then " + e.version());
        }
    }

    /** A bulk write (an import) of 5,000 rows: one transaction, one numbering at commit, one block of numbers. */
    @Test
    void fiveThousandEventsInOneTransaction() {
        String name = "Hội chợ feed " + System.nanoTime();
        long t0 = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 5000; i++) {
                TradeEvent e = new TradeEvent();
                e.name = name;
                e.kind = TradeEventKind.FAIR;
                e.hostProvince = "Trà Vinh";
                e.startsOn = LocalDate.of(2099, 1, 1);
                e.endsOn = LocalDate.of(2099, 1, 2);
                e.touch("feed-test");
                e.persist();
                if (i % 500 == 499) {
                    em.flush();
                    em.clear();
                }
            }
        });
        long created = System.nanoTime() - t0;
        List<SqlRow> rows = QuarkusTransaction.requiringNew().call(() -> SqlRow.list(em.createNativeQuery(
                "SELECT min(e.seq) AS lo, max(e.seq) AS hi, count(*) AS n FROM change_event e JOIN trade_event t "
                        + "ON t.id = e.resource_id AND e.resource_type = 'TRADE_EVENT' WHERE t.name = :n",
                jakarta.persistence.Tuple.class).setParameter("n", name)));
        assertEquals(5000, rows.get(0).number("n"));
        assertEquals(4999, rows.get(0).number("hi") - rows.get(0).number("lo"), "one block of numbers");
        long t1 = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> TradeEvent.<TradeEvent>list("name", name).forEach(TradeEvent::delete));
        long deleted = System.nanoTime() - t1;
        System.out.printf("5,000 trade events with their events: created in %d ms, deleted in %d ms%n",
                created / 1_000_000, deleted / 1_000_000);
        Set<Long> numbered = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> SqlRow.list(em.createNativeQuery(
                "SELECT e.seq FROM change_event e WHERE e.resource_type = 'TRADE_EVENT' AND e.action = 'DELETED' "
                        + "AND e.seq > :hi",
                jakarta.persistence.Tuple.class).setParameter("hi", rows.get(0).number("hi")))
                .stream().map(r -> r.number("seq")).toList()));
        assertEquals(5000, numbered.size(), "5,000 tombstones");
    }
}
