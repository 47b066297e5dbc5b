package vn.ocop.registry.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.ocop.registry.product.Product;

/** Changes to rows that have no API on this branch (the product registry lives elsewhere). */
@ApplicationScoped
public class EvaluationTestData {

    @Transactional
    public void renameProduct(long productId, String name, String description) {
        Product p = Product.findById(productId);
        p.name = name;
        p.description = description;
        p.touch("test");
    }
}
