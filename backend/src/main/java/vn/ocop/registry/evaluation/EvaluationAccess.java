package vn.ocop.registry.evaluation;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;
import vn.ocop.registry.common.ProblemException;
import vn.ocop.registry.common.Roles;
import vn.ocop.registry.common.UnitScope;
import vn.ocop.registry.procedure.EvaluationLevel;
import vn.ocop.registry.producer.ProducerPlaces;
import vn.ocop.registry.product.Product;

/**
 * Who may do what in evaluations. Reading follows the district scope (district officers and district council
 * members: only their district's rounds). Council work needs a seat on the round's council: members are
 * Keycloak usernames, and a district round is scored by district-council users of that district, a
 * provincial or central round by provincial-council users. A member who recused from an entry no longer sees it.
 */
@RequestScoped
public class EvaluationAccess {
    @Inject
    UnitScope scope;
    @Inject
    SecurityIdentity identity;
    @Inject
    ProducerPlaces places;

    public String username() {
        return scope.username();
    }

    public boolean isOffice() {
        return identity.hasRole(Roles.OCOP_ADMIN);
    }

    /** The district the caller is confined to, if any (district officers and district council members). */
    public Optional<String> confinedTo() {
        return scope.confinedTo();
    }

    /** Whether the caller may see data of {@code districtCode} (a product's, a producer's). */
    public boolean mayRead(String districtCode) {
        return scope.mayRead(districtCode);
    }

    /**
     * 403 unless the caller may check the entry's dossier: the office anywhere; a commune officer only for a product
     * whose producer lies in its commune today (through the successions of units: a 2019 producer of Thị trấn Cầu Kè
     * is Xã Cầu Kè's).
     */
    public void requireDossierChecker(EvaluationEntry entry) {
        if (scope.communeConfinedTo().isEmpty()) {
            return;
        }
        Product product = Product.findById(entry.productId);
        if (product == null
                || !scope.mayReadPlaced(product.producer.districtCode, places.communeTodayCode(product.producer))) {
            throw ProblemException.forbidden("You may only check the dossiers of your own commune's products");
        }
    }

    /** The commune of today a commune officer is confined to; empty for everyone else. */
    public Optional<String> communeConfinedTo() {
        return scope.communeConfinedTo();
    }

    /**
     * 403 unless the caller may read the round: district-scoped users their own district's rounds only, a commune
     * officer the rounds of the commune level held by its commune (26/2026: the commune checks the dossiers).
     */
    public void requireRead(EvaluationRound round) {
        Optional<String> commune = scope.communeConfinedTo();
        if (commune.isEmpty()) {
            scope.require(round.districtCode);
        } else if (round.level != EvaluationLevel.COMMUNE || !commune.get().equals(round.adminUnitCode)) {
            throw ProblemException.forbidden("You may only work with the commune rounds of your own commune ("
                    + commune.get() + ")");
        }
    }

    /** 403 unless the caller may read the entry: the round's reader, and not recused from it. */
    public void requireRead(EvaluationRound round, EvaluationEntry entry) {
        requireRead(round);
        if (recused(entry.id)) {
            throw ProblemException.forbidden("You recused yourself from entry " + entry.id + " and can no longer see it");
        }
    }

    public boolean recused(long entryId) {
        return EntryRecusal.count("entryId = ?1 and username = ?2", entryId, username()) > 0;
    }

    public Optional<CouncilMember> membership(long roundId) {
        return CouncilMember.<CouncilMember>find("roundId = ?1 and username = ?2", roundId, username()).firstResultOptional();
    }

    /**
     * The caller's seat on the round's council, 403 when they have none, when their role does not fit the
     * round's level (district rounds: district council of that district; provincial and central rounds:
     * provincial council) or when they recused from the entry.
     */
    public CouncilMember requireSeat(EvaluationRound round, Long entryId) {
        CouncilMember member = membership(round.id).orElseThrow(() -> ProblemException.forbidden(
                "You are not a member of the council of round " + round.id));
        boolean roleFits = round.level == EvaluationLevel.DISTRICT
                ? identity.hasRole(Roles.DISTRICT_COUNCIL) && round.adminUnitCode.equals(scope.districtClaim())
                : round.level != EvaluationLevel.COMMUNE && identity.hasRole(Roles.PROVINCIAL_COUNCIL);
        if (!roleFits) {
            throw ProblemException.forbidden("A " + round.level + " round of unit " + round.adminUnitCode
                    + " is scored by " + (round.level == EvaluationLevel.DISTRICT
                            ? "district council members of that district"
                            : "provincial council members"));
        }
        if (entryId != null && recused(entryId)) {
            throw ProblemException.forbidden("You recused yourself from entry " + entryId);
        }
        return member;
    }

    /** 403 unless the caller is the office or a council member of the round who did not recuse from the entry. */
    public void requireOfficeOrSeatedMember(EvaluationRound round, EvaluationEntry entry) {
        if (isOffice()) {
            return;
        }
        requireRead(round, entry);
        if (membership(round.id).isEmpty()) {
            throw ProblemException.forbidden("Only the OCOP office and members of the round's council may do this");
        }
    }

    /**
     * 403 unless the caller may manage the round's entries: the office, or for a district round the district
     * officer of that district.
     */
    public void requireEntryManager(EvaluationRound round) {
        if (isOffice()) {
            return;
        }
        if (!identity.hasRole(Roles.DISTRICT_OFFICER) || round.level != EvaluationLevel.DISTRICT) {
            throw ProblemException.forbidden("Only the OCOP office manages the entries of a " + round.level + " round");
        }
        scope.require(round.districtCode);
    }
}
