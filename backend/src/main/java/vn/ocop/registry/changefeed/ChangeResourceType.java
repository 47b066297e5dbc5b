package vn.ocop.registry.changefeed;

/** The resources whose changes the feed carries, with the path an integrator reads each one at. */
public enum ChangeResourceType {
    PRODUCER("/api/v1/producers/"), PRODUCT("/api/v1/products/"), CERTIFICATION("/api/v1/certifications/"), OCOP_CERTIFICATE(
            "/api/v1/ocop-certificates/"), RECOGNITION_DECISION("/api/v1/recognition-decisions/"), SALES_CONTRACT(
                    "/api/v1/sales-contracts/"), TRADE_EVENT("/api/v1/trade-events/");

    private final String path;

    ChangeResourceType(String path) {
        this.path = path;
    }

    public String href(long id) {
        return path + id;
    }
}
