package vn.ocop.registry.rubric;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.ocop.registry.common.AuditedEntity;

/** A version of the OCOP criteria of one legal basis: part totals, star bands and one sheet per product set. */
@Entity
@Table(name = "rubric_version")
public class RubricVersion extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rubric_version_seq")
    @SequenceGenerator(name = "rubric_version_seq", sequenceName = "rubric_version_seq", allocationSize = 50)
    public Long id;

    @Column(name = "legal_basis_code", nullable = false)
    public String legalBasisCode;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RubricStatus status;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "seed_key")
    public String seedKey;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;
}
