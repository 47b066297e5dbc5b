package vn.ocop.registry.commerce;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.ocop.registry.common.AuditedEntity;

/** A producer's participation in a trade event, with the products it showed there. */
@Entity
@Table(name = "trade_event_participant")
public class TradeEventParticipant extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trade_event_participant_seq")
    @SequenceGenerator(name = "trade_event_participant_seq", sequenceName = "trade_event_participant_seq",
            allocationSize = 50)
    public Long id;

    @Column(name = "event_id", nullable = false)
    public Long eventId;

    @Column(name = "producer_id", nullable = false)
    public Long producerId;

    @ElementCollection
    @CollectionTable(name = "trade_event_participant_product", joinColumns = @JoinColumn(name = "participant_id"))
    @Column(name = "product_id", nullable = false)
    public Set<Long> productIds = new LinkedHashSet<>();
}
