package vn.ocop.registry.evaluation;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An option a sheet chose, with its points (so that results aggregate in SQL): one row per criterion, or one per
 * ticked option of a SUM_OF_SELECTED criterion ({@code sumOfSelected}; the database keeps one row per criterion
 * for the others).
 */
@Entity
@Table(name = "score_choice")
@IdClass(ScoreChoice.Key.class)
public class ScoreChoice extends PanacheEntityBase {
    @Id
    @Column(name = "sheet_id")
    public Long sheetId;

    @Id
    @Column(name = "option_id")
    public Long optionId;

    @Column(name = "criterion_id", nullable = false)
    public Long criterionId;

    @Column(nullable = false)
    public int points;

    @Column(name = "sum_of_selected", nullable = false)
    public boolean sumOfSelected;

    public static class Key implements Serializable {
        public Long sheetId;
        public Long optionId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sheetId, k.sheetId) && Objects.equals(optionId, k.optionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, optionId);
        }
    }
}
