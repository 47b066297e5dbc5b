package vn.ocop.registry.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import vn.ocop.registry.rubric.StarMinimums;

/** What the close of a round computed for one entry; stored so that it stays what the council decided. */
@Entity
@Table(name = "evaluation_result")
public class EvaluationResult extends PanacheEntityBase {
    @Id
    @Column(name = "entry_id")
    public Long entryId;

    @Column(name = "round_id", nullable = false)
    public Long roundId;

    @Column(name = "eligible_members", nullable = false)
    public int eligibleMembers;

    @Column(name = "submitted_sheets", nullable = false)
    public int submittedSheets;

    @Column(name = "chair_submitted", nullable = false)
    public boolean chairSubmitted;

    @Column(name = "quorum_met", nullable = false)
    public boolean quorumMet;

    public BigDecimal mean;

    @Column(name = "min_total")
    public Integer minTotal;

    @Column(name = "max_total")
    public Integer maxTotal;

    @Column(name = "spread_flag", nullable = false)
    public boolean spreadFlag;

    @Column(name = "band_stars")
    public Integer bandStars;

    public Integer stars;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StarMinimums.StarShortfall> shortfalls;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eliminated_by")
    public List<Long> eliminatedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EntryOutcome outcome;

    @Column(name = "forwarded_to_entry_id")
    public Long forwardedToEntryId;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;
}
