package vn.ocop.registry.common;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Rows that users edit: an optimistic-lock version (the ETag) and who created and last changed them. */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {
    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public void touch(String username) {
        Instant now = ProvinceClock.current().now();
        if (createdAt == null) {
            createdAt = now;
            createdBy = username;
        }
        updatedAt = now;
        updatedBy = username;
    }
}
