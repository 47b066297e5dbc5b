package vn.ocop.registry.common;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One recorded change: who did what to which entity, when, with the fields that changed. Immutable: Hibernate never
 * writes it back (it took its JSON map for dirty and re-wrote every row it had read), and the table refuses it (V140).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public String entityId;

    @Column(nullable = false)
    public String action;

    /** field → {"from": old, "to": new}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Map<String, Object>> changes;

    public String note;

    @Column(nullable = false)
    public String actor;

    /** The role the actor acted in; null on changes recorded before roles were. */
    @Column(name = "actor_role")
    public String actorRole;

    @Column(nullable = false)
    public Instant at;
}
