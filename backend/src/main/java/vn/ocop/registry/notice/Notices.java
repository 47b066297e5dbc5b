package vn.ocop.registry.notice;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.ProvinceClock;

/** Records notices in the transaction of the event that causes them (the outbox); {@link NoticeSender} sends them. */
@ApplicationScoped
public class Notices {
    @Inject
    EntityManager em;
    @Inject
    ProvinceClock clock;

    /**
     * Records a notice of {@code kind} about {@code subject} on {@code occasion}, unless one is recorded already (by
     * this or another instance); true when this call recorded it. No recipient, no notice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(NoticeKind kind, String subject, String occasion, String recipient, NoticeMail mail) {
        String to = recipient == null ? "" : recipient.strip();
        if (to.isEmpty()) {
            return false;
        }
        Instant now = clock.now();
        return em.createNativeQuery("""
                INSERT INTO notice (kind, subject, occasion, recipient, title, body, created_at, next_attempt_at)
                VALUES (:kind, :subject, :occasion, :recipient, :title, :body, :now, :now)
                ON CONFLICT ON CONSTRAINT notice_once DO NOTHING""")
                .setParameter("kind", kind.name()).setParameter("subject", subject).setParameter("occasion", occasion)
                .setParameter("recipient", to).setParameter("title", mail.title()).setParameter("body", mail.body())
                .setParameter("now", now).executeUpdate() == 1;
    }
}
