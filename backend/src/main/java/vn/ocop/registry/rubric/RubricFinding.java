package vn.ocop.registry.rubric;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored validation finding of a version (sheet id null) or of one of its sheets. */
@Entity
@Table(name = "rubric_finding")
public class RubricFinding extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "rubric_version_id", nullable = false)
    public Long rubricVersionId;

    @Column(name = "rubric_sheet_id")
    public Long rubricSheetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingSeverity severity;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String message;

    @Column(nullable = false)
    public int position;

    /** Set when an ERROR finding was accepted by publishing the version deliberately. */
    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "accepted_by")
    public String acceptedBy;

    @Column(name = "acceptance_reason")
    public String acceptanceReason;
}
