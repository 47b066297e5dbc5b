package vn.ocop.registry.recognition;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import vn.ocop.registry.common.InBatches;
import vn.ocop.registry.common.ProvinceClock;
import vn.ocop.registry.product.CertifiedProducts.Condition;
import vn.ocop.registry.product.CurrentOcopCertificate;
import vn.ocop.registry.product.CurrentOcopCertificates;
import vn.ocop.registry.product.OcopCertificateStatus;

/** Products' current stars and certificate status: the product list's filters and the product view. */
@ApplicationScoped
public class CurrentOcopCertificatesQuery implements CurrentOcopCertificates {
    @Inject
    ProvinceClock clock;

    /** In one query (a few for a large export). */
    @Override
    @Transactional
    public Map<Long, CurrentOcopCertificate> of(Collection<Long> productIds) {
        LocalDate today = clock.today();
        return InBatches.list(productIds, ids -> OcopCertificate.<OcopCertificate>list("from OcopCertificate c where "
                + "c.product.id in ?1 and " + String.format(OcopCertificateConditions.LATEST, "c"), ids)).stream()
                .collect(Collectors.toMap(c -> c.product.id, c -> CurrentOcopCertificate.of(c.stars, c.statusOn(today))));
    }

    @Override
    public Condition withStars(int stars) {
        return latest(OcopCertificateConditions.live("oc") + " and oc.stars = :stars",
                Map.of("stars", stars, "today", clock.today()));
    }

    @Override
    public Condition withStatus(OcopCertificateStatus status) {
        String condition = OcopCertificateConditions.status("oc", status);
        return latest(condition, OcopCertificateConditions.params(condition, clock.today()));
    }

    private static Condition latest(String condition, Map<String, Object> params) {
        return new Condition("exists (select 1 from OcopCertificate oc where oc.product = p and "
                + String.format(OcopCertificateConditions.LATEST, "oc") + " and " + condition + ")", params);
    }
}
