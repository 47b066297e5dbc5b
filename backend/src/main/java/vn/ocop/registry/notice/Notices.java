package vn.ocop.registry.notice;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.common.Where;

/** Records notices in the transaction of the event that causes them (the outbox); {@link NoticeSender} sends them. */
@ApplicationScoped
public class Notices {
    @Inject
    EntityManager em;
    @Inject
    ProvinceClock clock;
    @ConfigProperty(name = "ocop.notices.max-attempts")
    int maxAttempts;

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

    @Transactional
    public Page<NoticeView> list(NoticeFilter f, PageRequest page) {
        Where where = new Where().and("kind = :kind", "kind", f.kind());
        if (f.status() != null) {
            where.and(switch (f.status()) {
                case SENT -> "sentAt is not null";
                case PENDING -> "sentAt is null and attempts < " + maxAttempts;
                case FAILED -> "sentAt is null and attempts >= " + maxAttempts;
            });
        }
        return page.fetch(Notice.find(where.hql(), page.toSort("id"), where.params()), this::view);
    }

    private NoticeView view(Notice n) {
        NoticeStatus status = n.sentAt != null
                ? NoticeStatus.SENT
                : n.attempts >= maxAttempts ? NoticeStatus.FAILED : NoticeStatus.PENDING;
        return new NoticeView(n.id, n.kind, n.subject, n.occasion, n.recipient, n.title, status, n.attempts, n.createdAt,
                status == NoticeStatus.PENDING ? n.nextAttemptAt : null, n.sentAt, n.lastError);
    }
}
