package vn.ocop.registry.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.ocop.registry.producer.Producer;
import vn.ocop.registry.product.Product;
import vn.ocop.registry.product.ProductStatus;
import vn.ocop.registry.productgroup.ProductSet;

/** Products for tests of features that only need one to exist. */
@ApplicationScoped
public class TestProducts {

    @Transactional
    public long create(long producerId, String name, String legalBasis, int productSetNumber, int year) {
        Product p = new Product();
        p.producer = Producer.findById(producerId);
        p.name = name;
        p.productSet = ProductSet.find("legalBasisCode = ?1 and number = ?2", legalBasis, productSetNumber).firstResult();
        p.yearEntered = year;
        p.status = ProductStatus.ACTIVE;
        p.touch("test");
        p.persist();
        return p.id;
    }
}
