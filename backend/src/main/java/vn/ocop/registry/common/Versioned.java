package vn.ocop.registry.common;

/** A view that carries its row's version: what ETag, If-Match and the 201 of a creation are made of. */
public interface Versioned {
    long version();
}
