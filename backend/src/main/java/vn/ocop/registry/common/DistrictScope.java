package vn.ocop.registry.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The district-scope policy, used by every service: district officers and district council
 * members work only in the admin unit of their token's {@code district} claim; the office,
 * the provincial council and integrators see the whole province.
 */
@RequestScoped
public class DistrictScope {
    /**
     * Confines a district-scoped user whose token lacks a district claim to nothing at all: a code no unit has.
     * Not blank, since list filters ({@link Where#and}) skip blank values and would then show every district.
     */
    static final String NO_DISTRICT = "-";

    @Inject
    SecurityIdentity identity;

    /** The district the caller is confined to; empty for province-wide roles. */
    public Optional<String> confinedTo() {
        return confinement(identity.hasRole(Roles.OCOP_ADMIN) || identity.hasRole(Roles.PROVINCIAL_COUNCIL)
                || identity.hasRole(Roles.INTEGRATOR),
                identity.hasRole(Roles.DISTRICT_OFFICER) || identity.hasRole(Roles.DISTRICT_COUNCIL),
                districtClaim());
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

    /** 403 unless the caller may work in {@code districtCode}. */
    public void require(String districtCode) {
        Optional<String> own = confinedTo();
        if (own.isPresent() && !own.get().equals(districtCode)) {
            throw ProblemException.forbidden("You may only work with data of your own district ("
                    + (own.get().isEmpty() ? "none assigned" : own.get()) + ")");
        }
    }

    public String username() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String districtClaim() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim("district");
            return claim == null ? null : claim.toString().replace("\"", "");
        }
        return null;
    }

    /** The pure rule, kept apart from the token so that it can be unit-tested. */
    static Optional<String> confinement(boolean provinceWide, boolean districtScoped, String district) {
        if (provinceWide || !districtScoped) {
            return Optional.empty();
        }
        return Optional.of(district == null || district.isBlank() ? NO_DISTRICT : district);
    }
}
