package vn.ocop.registry.recognition;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reminder recorded for a certificate nearing its end date (inserted by the daily job in SQL). */
@Entity
@Table(name = "certificate_reminder")
public class OcopCertificateReminder extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id")
    public OcopCertificate certificate;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
