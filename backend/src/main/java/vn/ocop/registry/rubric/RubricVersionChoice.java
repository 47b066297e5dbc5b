package vn.ocop.registry.rubric;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Which published version of a legal basis new rounds score on. A basis may have several: the first versions the seed
 * published (3, 22 and 21 of 26 sheets) and the whole library of issue 11, published after them with the same dates;
 * an office's corrected version later still. The one chosen is the newest published version in force: the latest
 * {@code effectiveFrom}, then the latest publication. Published versions never change, so evaluations keep the
 * version they were scored on.
 */
@ApplicationScoped
public class RubricVersionChoice {
    private static final String NEWEST = " order by v.effectiveFrom desc, v.publishedAt desc, v.id desc";

    @Inject
    EntityManager em;

    /** The published version of {@code legalBasisCode} that a round opening on {@code on} takes, if any. */
    public Optional<RubricVersion> inForce(String legalBasisCode, LocalDate on) {
        return em.createQuery("select v from RubricVersion v where v.legalBasisCode = :basis and v.status = :published "
                + "and v.effectiveFrom <= :on and (v.effectiveTo is null or v.effectiveTo >= :on)" + NEWEST,
                RubricVersion.class).setParameter("basis", legalBasisCode).setParameter("published", RubricStatus.PUBLISHED)
                .setParameter("on", on).setMaxResults(1).getResultStream().findFirst();
    }

    /** Per legal basis, the id of its newest published version (whatever the date): the one marked current. */
    Map<String, Long> newest(Collection<String> legalBasisCodes) {
        Map<String, Long> out = new HashMap<>();
        if (legalBasisCodes.isEmpty()) {
            return out;
        }
        List<RubricVersion> versions = em.createQuery("select v from RubricVersion v where v.legalBasisCode in :bases "
                + "and v.status = :published" + NEWEST, RubricVersion.class).setParameter("bases", legalBasisCodes)
                .setParameter("published", RubricStatus.PUBLISHED).getResultList();
        versions.forEach(v -> out.putIfAbsent(v.legalBasisCode, v.id));
        return out;
    }
}
