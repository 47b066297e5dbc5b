package vn.ocop.registry.support;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of a request's timeline: the status it reached, who moved it there, when and why; append-only (V140). */
@Entity
@Immutable
@Table(name = "support_request_step")
public class SupportRequestStep extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "support_request_id", nullable = false)
    public Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupportStatus status;

    public String note;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;
}
