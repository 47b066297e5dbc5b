package vn.ocop.registry.adminunit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of an administrative unit: its code and the days it was valid. Codes are reused (86 was a smaller
 * province before 2025-07-01), so records refer to a version by its id, with the code copied beside it.
 */
@Entity
@Table(name = "admin_unit")
public class AdminUnit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_unit_seq")
    @SequenceGenerator(name = "admin_unit_seq", sequenceName = "admin_unit_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdminUnitType type;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The version of {@code code} a record of {@code date} refers to ({@link UnitVersions#nearest}); null: no such code. */
    public static AdminUnit asOf(String code, LocalDate date) {
        return code == null
                ? null
                : UnitVersions.nearest(AdminUnit.<AdminUnit>list("code", code), AdminUnit::validity, date).orElse(null);
    }

    public UnitVersions.Validity validity() {
        return new UnitVersions.Validity(validFrom, validTo);
    }

    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
