package vn.ocop.registry.evaluation;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.ocop.registry.common.AuditedEntity;

/**
 * One council member's score sheet (phiếu chấm) of one entry. The total and part totals are always computed
 * by the server from the chosen options ({@link ScoreChoice}), never taken from the client.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_sheet_seq")
    @SequenceGenerator(name = "score_sheet_seq", sequenceName = "score_sheet_seq", allocationSize = 50)
    public Long id;

    @Column(name = "entry_id", nullable = false)
    public Long entryId;

    @Column(name = "member_username", nullable = false)
    public String memberUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SheetStatus status;

    @Column(nullable = false)
    public int total;

    /** Part code → points, in sheet order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "part_totals", nullable = false)
    public Map<String, Integer> partTotals;

    public String comment;

    @Column(name = "submitted_at")
    public Instant submittedAt;
}
