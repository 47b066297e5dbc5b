package vn.ocop.registry.imports;

import java.util.List;
import java.util.stream.Stream;

import vn.ocop.registry.common.ProblemException;

/**
 * What a spreadsheet imports, with its columns. Each kind names its records by a natural key, so that importing the
 * same file again updates or skips instead of duplicating:
 * <ul>
 * <li>producers: the tax code; without one, the name (case and diacritics as written, compared case-insensitively)
 * in the commune, or in the district when no commune is given;</li>
 * <li>products: the producer (by tax code, else by its unique name) and the product's name, case-insensitively;</li>
 * <li>certifications: the product (producer + product name) or, without a product, the producer for a facility-level
 * certification, with the kind and the number (a barcode's digits alone).</li>
 * </ul>
 */
public enum ImportKind {
    PRODUCERS("producers", "Chủ thể", List.of(
            ImportColumn.text("name", "Tên chủ thể", true, "tên", "tên cơ sở", "tên đơn vị", "tên chủ thể ocop",
                    "chủ thể"),
            ImportColumn.choice("type", "Loại hình", true, ImportLists.PRODUCER_TYPES, "loại hình chủ thể", "loại",
                    "loại hình tổ chức"),
            ImportColumn.text("taxCode", "Mã số thuế", false, "mst", "mã số doanh nghiệp", "msdn", "mã số thuế/cccd"),
            ImportColumn.text("representative", "Người đại diện", false, "đại diện", "người đại diện pháp luật",
                    "chủ cơ sở"),
            ImportColumn.text("phone", "Điện thoại", false, "số điện thoại", "sđt", "sdt", "đt"),
            ImportColumn.text("email", "Email", false, "e-mail", "thư điện tử"),
            ImportColumn.text("address", "Địa chỉ", false, "địa chỉ trụ sở"),
            ImportColumn.choice("districtCode", "Mã huyện", false, ImportLists.DISTRICTS, "huyện", "quận/huyện",
                    "mã quận/huyện", "huyện/thị xã/thành phố"),
            ImportColumn.choice("communeCode", "Mã xã", false, ImportLists.COMMUNES, "xã", "xã/phường", "mã xã/phường",
                    "phường/xã", "xã/phường/thị trấn"),
            ImportColumn.date("registeredOn", "Ngày đăng ký", false, "ngày đăng ký kinh doanh", "ngày cấp đăng ký"))), PRODUCTS(
                    "products", "Sản phẩm", List.of(
                            ImportColumn.text("producerTaxCode", "Mã số thuế chủ thể", false, "mã số thuế", "mst",
                                    "mst chủ thể"),
                            ImportColumn.text("producerName", "Tên chủ thể", false, "chủ thể", "cơ sở sản xuất", "tên cơ sở"),
                            ImportColumn.text("name", "Tên sản phẩm", true, "sản phẩm", "tên sp"),
                            ImportColumn.text("description", "Mô tả", false, "mô tả sản phẩm"),
                            ImportColumn.choice("productSetId", "Bộ sản phẩm", true, ImportLists.PRODUCT_SETS, "bộ sp", "bộ"),
                            ImportColumn.integer("yearEntered", "Năm tham gia", true, "năm", "năm tham gia ocop",
                                    "năm đăng ký"),
                            ImportColumn.choice("status", "Trạng thái", false, ImportLists.PRODUCT_STATUSES,
                                    "tình trạng"))), CERTIFICATIONS("certifications", "Chứng nhận", List.of(
                                            ImportColumn.text("producerTaxCode", "Mã số thuế chủ thể", false, "mã số thuế",
                                                    "mst", "mst chủ thể"),
                                            ImportColumn.text("producerName", "Tên chủ thể", false, "chủ thể", "cơ sở sản xuất",
                                                    "tên cơ sở"),
                                            ImportColumn.text("productName", "Tên sản phẩm", false, "sản phẩm", "tên sp"),
                                            ImportColumn.choice("type", "Loại chứng nhận", true,
                                                    ImportLists.CERTIFICATION_TYPES, "loại",
                                                    "loại giấy chứng nhận"),
                                            ImportColumn.text("number", "Số chứng nhận", true, "số", "số giấy chứng nhận",
                                                    "số hiệu", "mã vạch",
                                                    "gtin"),
                                            ImportColumn.text("issuer", "Cơ quan cấp", true, "nơi cấp", "đơn vị cấp"),
                                            ImportColumn.date("issuedOn", "Ngày cấp", true, "ngày cấp giấy"),
                                            ImportColumn.date("expiresOn", "Ngày hết hạn", false, "hạn", "hiệu lực đến",
                                                    "có hiệu lực đến")));

    /** Products and certifications name their producer by tax code or, without one, by name. */
    static final List<String> PRODUCER_REFERENCE = List.of("producerTaxCode", "producerName");

    /** As the URL names it: {@code /api/v1/imports/producers}. */
    public final String path;
    /** The Vietnamese name, for the template's sheet and file. */
    public final String label;
    public final List<ImportColumn> columns;

    ImportKind(String path, String label, List<ImportColumn> columns) {
        this.path = path;
        this.label = label;
        this.columns = columns;
    }

    /** The kind a URL names; 404 for any other. */
    public static ImportKind of(String path) {
        return Stream.of(values()).filter(k -> k.path.equals(path)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Import kind", path));
    }

    ImportColumn column(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
    }

    boolean hasColumn(String field) {
        return columns.stream().anyMatch(c -> c.field().equals(field));
    }
}
