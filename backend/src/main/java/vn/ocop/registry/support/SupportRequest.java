package vn.ocop.registry.support;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.ocop.registry.common.AuditedEntity;
import vn.ocop.registry.producer.Producer;

/** A producer's request for support (hỗ trợ) from the OCOP office. Its district is its producer's. */
@Entity
@Table(name = "support_request")
public class SupportRequest extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_request_seq")
    @SequenceGenerator(name = "support_request_seq", sequenceName = "support_request_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "producer_id")
    public Producer producer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupportType type;

    @Column(nullable = false)
    public String description;

    @Column(name = "requested_on", nullable = false)
    public LocalDate requestedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SupportStatus status;
}
