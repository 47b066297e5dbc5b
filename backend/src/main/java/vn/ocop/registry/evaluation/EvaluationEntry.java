package vn.ocop.registry.evaluation;

import java.time.Instant;
import java.util.List;

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
import vn.ocop.registry.evaluation.EntryDtos.DossierSnapshot;
import vn.ocop.registry.evaluation.EntryDtos.LocalOriginRating;

/** A product entered in a round, with the sheet it is scored on and its dossier as it stood when entered. */
@Entity
@Table(name = "evaluation_entry")
public class EvaluationEntry extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_entry_seq")
    @SequenceGenerator(name = "evaluation_entry_seq", sequenceName = "evaluation_entry_seq", allocationSize = 50)
    public Long id;

    @Column(name = "round_id", nullable = false)
    public Long roundId;

    @Column(name = "product_id", nullable = false)
    public Long productId;

    /** Null only at levels that do not score, when the round's version has no sheet for the product set. */
    @Column(name = "rubric_sheet_id")
    public Long rubricSheetId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public DossierSnapshot snapshot;

    @Column(name = "product_name", nullable = false)
    public String productName;

    @Column(name = "producer_name", nullable = false)
    public String producerName;

    @Column(name = "forwarded_from_entry_id")
    public Long forwardedFromEntryId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eliminated_by")
    public List<Long> eliminatedBy;

    @Column(name = "elimination_note")
    public String eliminationNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "dossier_status")
    public DossierStatus dossierStatus;

    @Column(name = "dossier_note")
    public String dossierNote;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "local_origin")
    public List<LocalOriginRating> localOrigin;

    @Column(name = "dossier_checked_by")
    public String dossierCheckedBy;

    @Column(name = "dossier_checked_at")
    public Instant dossierCheckedAt;
}
