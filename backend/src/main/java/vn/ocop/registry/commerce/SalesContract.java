package vn.ocop.registry.commerce;

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

/**
 * A sales contract of a producer with a partner. Related rows are referenced by id and their
 * names loaded per page ({@link CommerceRefs}), so no lazy association is ever touched.
 */
@Entity
@EntityListeners(ChangeFeedListener.class)
@Table(name = "sales_contract")
public class SalesContract extends AuditedEntity implements ChangeTracked {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sales_contract_seq")
    @SequenceGenerator(name = "sales_contract_seq", sequenceName = "sales_contract_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String number;

    @Column(name = "partner_id", nullable = false)
    public Long partnerId;

    @Column(name = "producer_id", nullable = false)
    public Long producerId;

    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(name = "total_value_vnd")
    public Long totalValueVnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SalesContractStatus status;

    @Override
    public ChangeSubject changeSubject() {
        return ChangeSubject.ofProducersDistrict(ChangeResourceType.SALES_CONTRACT, producerId, null, partnerId);
    }
}
