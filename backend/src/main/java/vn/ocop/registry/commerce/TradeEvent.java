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

/** A fair, exhibition or conference where producers show their products; often in another province. */
@Entity
@EntityListeners(ChangeFeedListener.class)
@Table(name = "trade_event")
public class TradeEvent extends AuditedEntity implements ChangeTracked {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trade_event_seq")
    @SequenceGenerator(name = "trade_event_seq", sequenceName = "trade_event_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TradeEventKind kind;

    /** Free text: the host is often outside the province, and provinces merge (2025). */
    @Column(name = "host_province", nullable = false)
    public String hostProvince;

    public String venue;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Override
    public ChangeSubject changeSubject() {
        return ChangeSubject.provinceWide(ChangeResourceType.TRADE_EVENT);
    }
}
