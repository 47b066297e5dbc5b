package vn.ocop.registry.recognition;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.ocop.registry.changefeed.ChangeFeedListener;
import vn.ocop.registry.changefeed.ChangeResourceType;
import vn.ocop.registry.changefeed.ChangeSubject;
import vn.ocop.registry.changefeed.ChangeTracked;
import vn.ocop.registry.common.AuditedEntity;

/** A People's Committee decision recognising products at 3–5 stars. */
@Entity
@EntityListeners(ChangeFeedListener.class)
@Table(name = "recognition_decision")
public class RecognitionDecision extends AuditedEntity implements ChangeTracked {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recognition_decision_seq")
    @SequenceGenerator(name = "recognition_decision_seq", sequenceName = "recognition_decision_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String number;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(nullable = false)
    public String signer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionLevel level;

    @Column(name = "admin_unit_code", nullable = false)
    public String adminUnitCode;

    @Column(name = "legal_basis_code", nullable = false)
    public String legalBasisCode;

    @Column(name = "evaluation_round_id")
    public Long evaluationRoundId;

    @Override
    public ChangeSubject changeSubject() {
        return ChangeSubject.provinceWide(ChangeResourceType.RECOGNITION_DECISION);
    }
}
