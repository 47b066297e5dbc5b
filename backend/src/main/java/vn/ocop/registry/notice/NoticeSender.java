package vn.ocop.registry.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.ScheduledOnce;
import vn.ocop.registry.common.SqlRow;

/**
 * Sends recorded notices by e-mail (SMTP from {@code quarkus.mailer.*}). Each run claims a batch of due, unsent rows
 * with {@code FOR UPDATE SKIP LOCKED}, so that two runs never claim the same row, sends them and marks them sent in
 * the same transaction; across instances one sends at a time ({@link ScheduledOnce}), the others skip. A failed row is tried again later, waiting longer each time, up to
 * {@code ocop.notices.max-attempts} times; then it stays unsent with its last error.
 */
@ApplicationScoped
public class NoticeSender {
    private static final Logger LOG = Logger.getLogger(NoticeSender.class);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(5);

    @Inject
    EntityManager em;
    @Inject
    Mailer mailer;
    @Inject
    ProvinceClock clock;
    @Inject
    ScheduledOnce once;
    @ConfigProperty(name = "ocop.notices.max-attempts")
    int maxAttempts;
    @ConfigProperty(name = "ocop.notices.batch-size")
    int batchSize;

    @Scheduled(every = "{ocop.notices.every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        while (sendDueHere() == batchSize) {
            // a full batch: more may be waiting
        }
    }

    /** One batch, unless another instance is sending one: then nothing, that one sends them. */
    @Transactional
    int sendDueHere() {
        return once.claim("notice-sender", clock.now()) ? sendDue() : 0;
    }

    /** Sends one batch of due notices; returns how many rows it claimed (sent or failed). */
    @Transactional
    public int sendDue() {
        Instant now = clock.now();
        List<SqlRow> due = SqlRow.list(em.createNativeQuery("""
                SELECT id, recipient, title, body, attempts FROM notice
                WHERE sent_at IS NULL AND attempts < :max AND next_attempt_at <= :now
                ORDER BY next_attempt_at, id LIMIT :batch
                FOR UPDATE SKIP LOCKED""", Tuple.class)
                .setParameter("max", maxAttempts).setParameter("now", now).setParameter("batch", batchSize));
        for (SqlRow row : due) {
            long id = row.number("id");
            int attempts = row.integer("attempts") + 1;
            try {
                mailer.send(Mail.withText(row.text("recipient"), row.text("title"), row.text("body")));
                em.createNativeQuery("UPDATE notice SET sent_at = :now, attempts = :attempts, last_error = NULL "
                        + "WHERE id = :id").setParameter("now", now).setParameter("attempts", attempts)
                        .setParameter("id", id).executeUpdate();
            } catch (RuntimeException e) {
                LOG.warnf("Notice %d to %s failed (attempt %d of %d): %s", id, row.text("recipient"), attempts,
                        maxAttempts, e.getMessage());
                em.createNativeQuery("UPDATE notice SET attempts = :attempts, last_error = :error, "
                        + "next_attempt_at = :next WHERE id = :id").setParameter("attempts", attempts)
                        .setParameter("error", String.valueOf(e.getMessage()))
                        .setParameter("next", now.plus(FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 8))))
                        .setParameter("id", id).executeUpdate();
            }
        }
        return due.size();
    }
}
