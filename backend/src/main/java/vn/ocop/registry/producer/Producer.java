package vn.ocop.registry.producer;

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
import vn.ocop.registry.changefeed.ChangeSubject;
import vn.ocop.registry.changefeed.ChangeTracked;
import vn.ocop.registry.common.AuditedEntity;

/** A producer (chủ thể OCOP): the enterprise, cooperative, group or household behind products. */
@Entity
@EntityListeners(ChangeFeedListener.class)
@Table(name = "producer")
public class Producer extends AuditedEntity implements ChangeTracked {
    /** The entity type of producers' audit trail (their history). */
    public static final String AUDIT_TYPE = "Producer";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "producer_seq")
    @SequenceGenerator(name = "producer_seq", sequenceName = "producer_seq", allocationSize = 50)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProducerType type;

    @Column(nullable = false)
    public String name;

    @Column(name = "tax_code")
    public String taxCode;

    public String representative;
    public String phone;
    public String email;
    public String address;

    /** The day it was registered: the units below are the versions of that day. */
    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    /** The district-level unit version it was registered in; none on the map since 2025-07-01. */
    @Column(name = "district_id")
    public Long districtId;

    /** The code of {@link #districtId}'s version (held to it by a composite foreign key). */
    @Column(name = "district_code")
    public String districtCode;

    /** The commune-level unit version it was registered in; where it is today goes through the successions. */
    @Column(name = "commune_id")
    public Long communeId;

    @Column(name = "commune_code")
    public String communeCode;

    @Override
    public ChangeSubject changeSubject() {
        return ChangeSubject.producer(districtCode, communeId);
    }
}
