package vn.ocop.registry.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A condition that eliminates a product from ranking on this sheet ("Bị loại" under 1048). */
@Entity
@Table(name = "rubric_elimination_condition")
public class RubricEliminationCondition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rubric_elimination_condition_seq")
    @SequenceGenerator(name = "rubric_elimination_condition_seq", sequenceName = "rubric_elimination_condition_seq",
            allocationSize = 50)
    public Long id;

    @Column(name = "rubric_sheet_id", nullable = false)
    public Long rubricSheetId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;
}
