package vn.ocop.registry.common;

/** The download formats of list exports. */
public enum ExportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"), CSV("text/csv; charset=UTF-8", "csv");

    public final String mediaType;
    public final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }
}
