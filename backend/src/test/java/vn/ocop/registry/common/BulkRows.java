package vn.ocop.registry.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Many rows at once, written in SQL (no audit, no validation) for tests of exports larger than one
 * statement's 65,535 bind parameters, and removed again so that other tests never see them.
 */
@ApplicationScoped
public class BulkRows {
    private final EntityManager em;

    public BulkRows(EntityManager em) {
        this.em = em;
    }

    /**
     * {@code n} products of the producer, each with one certification (type OTHER) and one DRAFT
     * sales contract of one priced line with the partner.
     */
    @Transactional
    public void insert(long producerId, long partnerId, int n) {
        String audit = ", 0, now(), 'bulk', now(), 'bulk'";
        em.createNativeQuery("insert into product (id, producer_id, name, product_set_id, year_entered, status, version, "
                + "created_at, created_by, updated_at, updated_by) select nextval('product_seq'), :producer, "
                + "'Sản phẩm ' || lpad(g::text, 6, '0'), (select min(id) from product_set), 2019, 'ACTIVE'" + audit
                + " from generate_series(1, :n) g").setParameter("producer", producerId).setParameter("n", n).executeUpdate();
        em.createNativeQuery("insert into certification (id, product_id, type, number, issuer, issued_on, version, "
                + "created_at, created_by, updated_at, updated_by) select nextval('certification_seq'), p.id, 'OTHER', "
                + "'CN-' || p.id, 'Sở Khoa học và Công nghệ', date '2019-06-14'" + audit
                + " from product p where p.producer_id = :producer").setParameter("producer", producerId).executeUpdate();
        em.createNativeQuery("insert into sales_contract (id, number, partner_id, producer_id, signed_on, starts_on, "
                + "total_value_vnd, status, version, created_at, created_by, updated_at, updated_by) "
                + "select nextval('sales_contract_seq'), 'HĐ-' || p.id, :partner, :producer, date '2019-10-15', "
                + "date '2019-11-01', 45000, 'DRAFT'" + audit + " from product p where p.producer_id = :producer")
                .setParameter("partner", partnerId).setParameter("producer", producerId).executeUpdate();
        em.createNativeQuery("insert into sales_contract_line (id, contract_id, position, product_id, quantity, unit, "
                + "unit_price_vnd) select nextval('sales_contract_line_seq'), c.id, 0, p.id, 1, 'hộp', 45000 "
                + "from sales_contract c join product p on c.number = 'HĐ-' || p.id where c.partner_id = :partner")
                .setParameter("partner", partnerId).executeUpdate();
    }

    /** Removes what {@link #insert} wrote. */
    @Transactional
    public void delete(long producerId) {
        em.createNativeQuery("delete from sales_contract where producer_id = :producer")
                .setParameter("producer", producerId).executeUpdate();
        em.createNativeQuery("delete from certification where product_id in (select id from product where producer_id = "
                + ":producer)").setParameter("producer", producerId).executeUpdate();
        em.createNativeQuery("delete from product where producer_id = :producer")
                .setParameter("producer", producerId).executeUpdate();
    }
}
