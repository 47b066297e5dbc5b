package vn.ocop.registry.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A council member's withdrawal from an entry (conflict of interest): they no longer see or score it. */
@Entity
@Table(name = "entry_recusal")
public class EntryRecusal extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entry_id", nullable = false)
    public Long entryId;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String reason;

    @Column(name = "recused_at", nullable = false)
    public Instant recusedAt;
}
