package vn.ocop.registry.product;

public enum ProductStatus {
    ACTIVE, DISCONTINUED
}
