package vn.ocop.registry.rubric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An official part total of a version (A. Sản phẩm và sức mạnh cộng đồng: 35 under 1048, 40 since 148). */
@Entity
@Table(name = "rubric_version_part")
public class RubricVersionPart extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "rubric_version_id", nullable = false)
    public Long rubricVersionId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Column(name = "max_points", nullable = false)
    public int maxPoints;

    @Column(nullable = false)
    public int position;
}
