package vn.ocop.registry.common;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The unit-scope policy, used by every service. The token's {@code unit} claim (formerly {@code district}, still read
 * when {@code unit} is absent) names the caller's unit: district officers and district council members work only on
 * the records and rounds of their district (the district version of their time, as records name it); commune
 * officers only on the producers, products and dossiers that lie in their commune today, through the successions of
 * units (a 2019 producer of Thị trấn Cầu Kè is in Xã Cầu Kè), and on nothing keyed by district; the office, the
 * provincial council and integrators see the whole province, former Trà Vinh included.
 */
@RequestScoped
public class UnitScope {
    /**
     * Confines a district-scoped user whose token lacks a district claim to nothing at all: a code no unit has.
     * Not blank, since list filters ({@link Where#and}) skip blank values and would then show every district.
     */
    static final String NO_DISTRICT = "-";

    @Inject
    SecurityIdentity identity;

    /** What the caller is confined to: nothing (province-wide), a district or a commune of today. */
    public Confinement confinement() {
        return confinement(identity.hasRole(Roles.OCOP_ADMIN) || identity.hasRole(Roles.PROVINCIAL_COUNCIL)
                || identity.hasRole(Roles.INTEGRATOR),
                identity.hasRole(Roles.DISTRICT_OFFICER) || identity.hasRole(Roles.DISTRICT_COUNCIL),
                identity.hasRole(Roles.COMMUNE_OFFICER), districtClaim());
    }

    /**
     * The district the caller is confined to; empty for province-wide roles. A commune officer is confined to no
     * district at all ({@link #NO_DISTRICT}): what is keyed by district alone is not theirs.
     */
    public Optional<String> confinedTo() {
        Confinement c = confinement();
        return switch (c.level()) {
            case NONE -> Optional.empty();
            case DISTRICT -> Optional.of(c.unit());
            case COMMUNE -> Optional.of(NO_DISTRICT);
        };
    }

    /** The commune of today a commune officer is confined to; empty for everyone else. */
    public Optional<String> communeConfinedTo() {
        Confinement c = confinement();
        return c.level() == Level.COMMUNE ? Optional.of(c.unit()) : Optional.empty();
    }

    /**
     * Whether the caller may see a record registered in district {@code districtCode} (none on today's map) that lies
     * today in commune {@code communeToday} (null when not known).
     */
    public boolean mayReadPlaced(String districtCode, String communeToday) {
        return mayReadPlaced(confinement(), districtCode, communeToday);
    }

    /** 403 unless {@link #mayReadPlaced}. */
    public void requirePlaced(String districtCode, String communeToday) {
        if (!mayReadPlaced(districtCode, communeToday)) {
            Confinement c = confinement();
            throw ProblemException.forbidden("You may only work with data of your own "
                    + (c.level() == Level.COMMUNE ? "commune" : "district") + " ("
                    + (c.unit().equals(NO_DISTRICT) ? "none assigned" : c.unit()) + ")");
        }
    }

    /**
     * Runs a list's {@code query} with the district and the commune of today it is narrowed to: the caller's own
     * unit when confined, else what was requested (null: all). Asking for another unit than one's own gives an empty
     * page, as from a filter that matches nothing.
     */
    public <T> Page<T> listedPlaced(String district, String commune, PageRequest page,
            BiFunction<String, String, Page<T>> query) {
        Confinement c = confinement();
        String own = c.unit();
        if (c.level() == Level.DISTRICT && district != null && !district.equals(own)
                || c.level() == Level.COMMUNE && commune != null && !commune.equals(own)) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        return query.apply(c.level() == Level.DISTRICT ? own : district, c.level() == Level.COMMUNE ? own : commune);
    }

    /** Whether the caller may see data of {@code districtCode}. */
    public boolean mayRead(String districtCode) {
        return confinedTo().map(own -> own.equals(districtCode)).orElse(true);
    }

    /**
     * Runs a list's {@code query} with the district it is narrowed to: the caller's own when confined,
     * else {@code requested} (null: all). A confined caller asking for another district gets an empty
     * page, as from a filter that matches nothing, rather than a 403.
     */
    public <T> Page<T> listed(String requested, PageRequest page, Function<String, Page<T>> query) {
        Optional<String> own = confinedTo();
        if (own.isPresent() && requested != null && !requested.equals(own.get())) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        return query.apply(own.orElse(requested));
    }

    /**
     * Whether the caller is only an integrator: integrators get no personal data (household owners,
     * contact persons); staff roles need it for their work.
     */
    public boolean isIntegratorOnly() {
        return identity.hasRole(Roles.INTEGRATOR) && Roles.ALL.stream()
                .filter(r -> !r.equals(Roles.INTEGRATOR)).noneMatch(identity::hasRole);
    }

    /**
     * The partner an integrator client is bound to, by its tax code: the token's {@code partner} claim (a
     * service-account attribute mapped by Keycloak). A bound client reads only that partner's sales contracts; a client
     * without the claim (the national system) reads all.
     */
    public Optional<String> boundPartnerTaxCode() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim("partner");
            if (claim != null && !claim.toString().isBlank()) {
                return Optional.of(claim.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    /** 403 unless the caller may work in {@code districtCode}. */
    public void require(String districtCode) {
        Optional<String> own = confinedTo();
        if (own.isPresent() && !own.get().equals(districtCode)) {
            throw ProblemException.forbidden("You may only work with data of your own district ("
                    + (own.get().isEmpty() ? "none assigned" : own.get()) + ")");
        }
    }

    /** The role the caller acts in, as the audit trail records it: its first OCOP role, null when it has none. */
    public String role() {
        return Roles.ALL.stream().filter(identity::hasRole).findFirst().orElse(null);
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The caller's unit: the token's {@code unit} claim, else its older {@code district} claim. */
    public String districtClaim() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim("unit");
            if (claim == null || claim.toString().isBlank()) {
                claim = jwt.getClaim("district");
            }
            return claim == null ? null : claim.toString().replace("\"", "");
        }
        return null;
    }

    public enum Level {
        NONE, DISTRICT, COMMUNE
    }

    /** Where a caller may work: everywhere (NONE), in a district or in a commune of today, named by its code. */
    public record Confinement(Level level, String unit) {
    }

    /**
     * The pure rule, kept apart from the token so that it can be unit-tested: province-wide roles win; then a
     * district role confines to the district, the commune officer's role to the commune; a confined caller without a
     * unit claim gets {@link #NO_DISTRICT}, which no unit has.
     */
    static Confinement confinement(boolean provinceWide, boolean districtScoped, boolean communeScoped, String unit) {
        String own = unit == null || unit.isBlank() ? NO_DISTRICT : unit;
        if (provinceWide || !districtScoped && !communeScoped) {
            return new Confinement(Level.NONE, null);
        }
        return new Confinement(districtScoped ? Level.DISTRICT : Level.COMMUNE, own);
    }

    /** The pure read rule: a district is matched on the record's district, a commune on where the record is today. */
    static boolean mayReadPlaced(Confinement c, String districtCode, String communeToday) {
        return switch (c.level()) {
            case NONE -> true;
            case DISTRICT -> c.unit().equals(districtCode);
            case COMMUNE -> c.unit().equals(communeToday);
        };
    }
}
