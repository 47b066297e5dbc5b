package vn.ocop.registry.common;

import java.lang.management.ManagementFactory;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

/**
 * Makes a scheduled job run once across backend instances: every instance's scheduler fires, one wins. A run calls
 * {@link #claim} first in its transaction; only the winner goes on. The win is a transaction-scoped advisory lock (an
 * instance that fires while another runs skips at once, never waits) plus the job's fire time claimed in
 * {@code scheduled_job} (an instance that fires a moment after the winner committed finds the fire time taken).
 */
@ApplicationScoped
public class ScheduledOnce {
    private static final Logger LOG = Logger.getLogger(ScheduledOnce.class);
    /** Names this instance in {@code scheduled_job.last_instance} and the log: host (the pod's name) and process. */
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    EntityManager em;
    @Inject
    ProvinceClock clock;

    /**
     * True when this instance runs {@code job}'s firing at {@code fireTime}: it holds the job's lock until the caller's
     * transaction ends, and no instance ran that fire time or a later one.
     */
    @Transactional(TxType.MANDATORY)
    public boolean claim(String job, Instant fireTime) {
        boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtextextended(:lock, 0))")
                .setParameter("lock", "scheduled-job\n" + job).getSingleResult();
        boolean won = locked && em.createNativeQuery("""
                INSERT INTO scheduled_job AS j (name, last_fire_time, last_instance, last_run_at)
                VALUES (:job, :fire, :instance, :now)
                ON CONFLICT (name) DO UPDATE SET last_fire_time = excluded.last_fire_time,
                    last_instance = excluded.last_instance, last_run_at = excluded.last_run_at, runs = j.runs + 1
                WHERE j.last_fire_time < excluded.last_fire_time""").setParameter("job", job)
                .setParameter("fire", fireTime).setParameter("instance", INSTANCE).setParameter("now", clock.now())
                .executeUpdate() == 1;
        // One line per firing on each instance: scripts/two-instances-e2e.sh counts them (one winner per fire time).
        LOG.debugf("Scheduled job %s fired at %s: %s on %s", job, fireTime,
                won ? "run" : locked ? "already run" : "running elsewhere", INSTANCE);
        return won;
    }
}
