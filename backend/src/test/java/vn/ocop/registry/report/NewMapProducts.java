package vn.ocop.registry.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A product of a producer registered on today's map (no district), written in SQL: on this branch the product API
 * cannot yet answer for such a producer (its view names the producer's district), which the units work fixes; the
 * producers themselves are registered through the API.
 */
@ApplicationScoped
public class NewMapProducts {
    @Inject
    EntityManager em;

    @Transactional
    public long insert(long producerId, String name, long productSetId, int yearEntered) {
        long id = ((Number) em.createNativeQuery("select nextval('product_seq')").getSingleResult()).longValue();
        em.createNativeQuery("insert into product (id, producer_id, name, product_set_id, year_entered, status, version, "
                + "created_at, created_by, updated_at, updated_by) values (:id, :producer, :name, :set, :year, 'ACTIVE', 0, "
                + "now(), 'test', now(), 'test')").setParameter("id", id).setParameter("producer", producerId)
                .setParameter("name", name).setParameter("set", productSetId).setParameter("year", yearEntered)
                .executeUpdate();
        return id;
    }
}
