package vn.ocop.registry.rubric;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A star band of a version: minScore ≤ mean < maxScoreExclusive (no upper bound: up to 100 inclusive). */
@Entity
@Table(name = "rubric_star_band")
public class RubricStarBand extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "rubric_version_id", nullable = false)
    public Long rubricVersionId;

    @Column(nullable = false)
    public int stars;

    @Column(name = "min_score", nullable = false)
    public BigDecimal minScore;

    @Column(name = "max_score_exclusive")
    public BigDecimal maxScoreExclusive;
}
