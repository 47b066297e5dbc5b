package vn.ocop.registry.evaluation;

import java.math.BigDecimal;
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
import vn.ocop.registry.procedure.EvaluationLevel;

/** An evaluation round (đợt đánh giá) of one level in one admin unit, on one published rubric version. */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_round_seq")
    @SequenceGenerator(name = "evaluation_round_seq", sequenceName = "evaluation_round_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvaluationLevel level;

    @Column(name = "admin_unit_code", nullable = false)
    public String adminUnitCode;

    /** The district a district-scoped user must belong to; null for provincial and central rounds. */
    @Column(name = "district_code")
    public String districtCode;

    @Column(name = "legal_basis_code", nullable = false)
    public String legalBasisCode;

    @Column(name = "rubric_version_id", nullable = false)
    public Long rubricVersionId;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RoundStatus status;

    @Column(name = "quorum_percent", nullable = false)
    public int quorumPercent;

    @Column(name = "spread_limit", nullable = false)
    public BigDecimal spreadLimit;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "finalized_at")
    public Instant finalizedAt;

    @Column(name = "finalized_by")
    public String finalizedBy;
}
