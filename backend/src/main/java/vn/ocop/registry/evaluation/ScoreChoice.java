package vn.ocop.registry.evaluation;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The option a sheet chose for one criterion, with its points (so that results aggregate in SQL). */
@Entity
@Table(name = "score_choice")
@IdClass(ScoreChoice.Key.class)
public class ScoreChoice extends PanacheEntityBase {
    @Id
    @Column(name = "sheet_id")
    public Long sheetId;

    @Id
    @Column(name = "criterion_id")
    public Long criterionId;

    @Column(name = "option_id", nullable = false)
    public Long optionId;

    @Column(nullable = false)
    public int points;

    public static class Key implements Serializable {
        public Long sheetId;
        public Long criterionId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(sheetId, k.sheetId) && Objects.equals(criterionId, k.criterionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sheetId, criterionId);
        }
    }
}
