package vn.ocop.registry.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.ocop.registry.files.StoredFile;

/** A photo of a product (JPEG, PNG or WebP); deleted with its product. */
@Entity
@Table(name = "product_photo")
public class ProductPhoto extends StoredFile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "product_id", nullable = false)
    public Long productId;
}
