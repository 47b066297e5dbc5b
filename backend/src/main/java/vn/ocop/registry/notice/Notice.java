package vn.ocop.registry.notice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A notice of the outbox, as the office reads it; rows are written and updated in SQL ({@link Notices}, the sender). */
@Entity
@Table(name = "notice")
public class Notice extends PanacheEntityBase {
    @Id
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String occasion;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String title;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error")
    public String lastError;
}
