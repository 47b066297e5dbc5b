package vn.ocop.registry.changefeed;

/**
 * What changed, for the feed: the resource's type and where it lies, for unit-scoped readers, as the resource's own
 * reads scope it: through its producer (given by id, by the id of a product of it, or, for a producer itself, by its
 * own district and commune), matched on the district of registration and, when {@code byCommune}, on the commune of
 * today; or nowhere (not placed: province-wide records that every reader may read). A sales contract names its
 * partner, for partner-bound clients.
 */
public record ChangeSubject(ChangeResourceType type, boolean placed, boolean byCommune, Long producerId, Long productId,
        String districtCode, Long communeId, Long partnerId) {

    /** Province-wide: recognition decisions, trade events. */
    public static ChangeSubject provinceWide(ChangeResourceType type) {
        return new ChangeSubject(type, false, false, null, null, null, null, null);
    }

    /** A producer: its district of registration and its commune (where it lies today is worked out on writing). */
    public static ChangeSubject producer(String districtCode, Long communeId) {
        return new ChangeSubject(ChangeResourceType.PRODUCER, true, true, null, null, districtCode, communeId, null);
    }

    /** A record of a producer, read by commune officers of the producer's commune of today too. */
    public static ChangeSubject ofProducer(ChangeResourceType type, Long producerId, Long productId) {
        return new ChangeSubject(type, true, true, producerId, productId, null, null, null);
    }

    /** A record keyed by its producer's district alone (commune officers do not read it). */
    public static ChangeSubject ofProducersDistrict(ChangeResourceType type, Long producerId, Long productId,
            Long partnerId) {
        return new ChangeSubject(type, true, false, producerId, productId, null, null, partnerId);
    }
}
