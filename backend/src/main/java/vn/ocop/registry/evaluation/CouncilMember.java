package vn.ocop.registry.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member of a round's council, identified by their Keycloak username; membership is data, not a role. */
@Entity
@Table(name = "council_member")
public class CouncilMember extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "round_id", nullable = false)
    public Long roundId;

    @Column(nullable = false)
    public String username;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String position;

    /** Where the round's notices go (set by the office with the council); none, no notice. */
    public String email;

    @Column(nullable = false)
    public boolean chair;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
