package vn.ocop.registry.commerce;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product as commerce records show it: with its name and its producer's. */
public record ProductSummary(
        @Schema(examples = "12") long productId,
        @Schema(examples = "Trà Sâm Đinh Lăng") String productName,
        @Schema(examples = "3") long producerId,
        @Schema(examples = "Cơ sở Trà Thảo Mộc Thanh Hiền") String producerName) {
}
