package vn.ocop.registry.recognition;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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

import vn.ocop.registry.changefeed.ChangeFeedListener;
import vn.ocop.registry.changefeed.ChangeResourceType;
import vn.ocop.registry.changefeed.ChangeSubject;
import vn.ocop.registry.changefeed.ChangeTracked;
import vn.ocop.registry.common.AuditedEntity;
import vn.ocop.registry.product.OcopCertificateStatus;
import vn.ocop.registry.product.Product;

/** An OCOP star certificate of one product, issued by a recognition decision. */
@Entity
@EntityListeners(ChangeFeedListener.class)
@Table(name = "ocop_certificate")
public class OcopCertificate extends AuditedEntity implements ChangeTracked {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ocop_certificate_seq")
    @SequenceGenerator(name = "ocop_certificate_seq", sequenceName = "ocop_certificate_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id")
    public RecognitionDecision decision;

    @Column(nullable = false)
    public int stars;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "product_code", nullable = false)
    public String productCode;

    @Column(name = "public_code", nullable = false)
    public String publicCode;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason")
    public RevocationReason revocationReason;

    @Column(name = "revocation_note")
    public String revocationNote;

    @Column(name = "revoked_by")
    public String revokedBy;

    public OcopCertificateStatus statusOn(LocalDate today) {
        return OcopCertificateValidity.status(validUntil, revokedOn, today);
    }

    @Override
    public ChangeSubject changeSubject() {
        return ChangeSubject.ofProducersDistrict(ChangeResourceType.OCOP_CERTIFICATE, null, product.id, null);
    }
}
