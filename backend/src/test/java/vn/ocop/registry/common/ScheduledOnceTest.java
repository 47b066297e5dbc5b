package vn.ocop.registry.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A scheduled job fired on several instances runs on one: the one holding the job's lock, on the first claim of a
 * fire time. Each connection here stands for an instance (the lock and the row are all they share).
 */
@QuarkusTest
class ScheduledOnceTest {
    private static final Instant FIRE = Instant.parse("2026-03-02T23:00:00Z");

    @Inject
    ScheduledOnce once;
    @Inject
    EntityManager em;

    private boolean claim(String job, Instant fireTime) {
        return QuarkusTransaction.requiringNew().call(() -> once.claim(job, fireTime));
    }

    private long runs(String job) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT runs FROM scheduled_job WHERE name = :job").setParameter("job", job)
                .getSingleResult()).longValue());
    }

    @Test
    void aFireTimeRunsOnceAndALaterOneRunsAgain() {
        String job = "test-once-" + System.nanoTime();
        assertTrue(claim(job, FIRE));
        assertFalse(claim(job, FIRE), "an instance firing just after the winner committed");
        assertFalse(claim(job, FIRE.minusSeconds(60)), "a late firing of an earlier time");
        assertTrue(claim(job, FIRE.plusSeconds(60)));
        assertEquals(2, runs(job));
    }

    @Test
    void anInstanceFiringWhileAnotherRunsSkipsWithoutWaiting() throws Exception {
        String job = "test-busy-" + System.nanoTime();
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<Boolean> running = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    boolean won = once.claim(job, FIRE);
                    claimed.countDown();
                    assertTrue(done.await(30, TimeUnit.SECONDS));
                    return won;
                }));
        assertTrue(claimed.await(30, TimeUnit.SECONDS));
        // A later fire time too: the job is still running, so this firing is left to it.
        assertFalse(claim(job, FIRE.plusSeconds(60)));
        done.countDown();
        assertTrue(running.get(30, TimeUnit.SECONDS));
        assertEquals(1, runs(job));
        assertTrue(claim(job, FIRE.plusSeconds(60)), "after the run the next fire time is free");
    }
}
