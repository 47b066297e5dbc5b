package vn.ocop.registry.adminunit;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Where a unit version is placed: each version it is in through successions (itself included), precomputed by
 * {@code admin_unit_placement_refresh()} whenever units change. "Where is it today" is a join and a date test:
 * {@link #PLACED_TODAY} is the one idiom the lists, scope and reports use.
 */
@Entity
@Immutable
@Table(name = "admin_unit_placement")
@IdClass(AdminUnitPlacement.Key.class)
public class AdminUnitPlacement extends PanacheEntityBase {
    /**
     * JPQL: true when the unit version whose id is {@code %1$s} (e.g. {@code pr.communeId}) lies, as a whole, in the
     * commune-level unit of code {@code :%2$s} valid on {@code :%3$s}. Format it with the id expression and the two
     * parameter names.
     */
    public static final String PLACED_TODAY = "exists (select 1 from AdminUnitPlacement pl where pl.unitId = %1$s "
            + "and pl.placedCode = :%2$s and pl.portion = 'WHOLE' and pl.placedFrom <= :%3$s "
            + "and (pl.placedTo is null or pl.placedTo >= :%3$s))";

    @Id
    @Column(name = "unit_id")
    public Long unitId;

    @Id
    @Column(name = "placed_id")
    public Long placedId;

    @Column(name = "placed_code")
    public String placedCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "placed_type")
    public AdminUnitType placedType;

    @Column(name = "placed_from")
    public LocalDate placedFrom;

    @Column(name = "placed_to")
    public LocalDate placedTo;

    public String portion;

    /** The JPQL test that the unit of {@code idExpression} lies in the commune {@code :codeParam} on {@code :dateParam}. */
    public static String placedIn(String idExpression, String codeParam, String dateParam) {
        return PLACED_TODAY.formatted(idExpression, codeParam, dateParam);
    }

    /** The version the unit {@code unitId} lies in as a whole on {@code on} (itself when valid then); null: none. */
    public static AdminUnit placedOn(long unitId, LocalDate on) {
        return AdminUnitPlacement.<AdminUnitPlacement>find("unitId = ?1 and portion = 'WHOLE' and placedFrom <= ?2 "
                + "and (placedTo is null or placedTo >= ?2)", unitId, on).firstResultOptional()
                .map(pl -> AdminUnit.<AdminUnit>findById(pl.placedId)).orElse(null);
    }

    public static class Key implements Serializable {
        public Long unitId;
        public Long placedId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(unitId, k.unitId) && Objects.equals(placedId, k.placedId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(unitId, placedId);
        }
    }
}
