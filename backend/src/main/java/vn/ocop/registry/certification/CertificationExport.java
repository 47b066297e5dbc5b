package vn.ocop.registry.certification;

import static vn.ocop.registry.common.TableExport.Type.DATE;
import static vn.ocop.registry.common.TableExport.Type.DATETIME;
import static vn.ocop.registry.common.TableExport.Type.INTEGER;
import static vn.ocop.registry.common.TableExport.Type.PERSON;
import static vn.ocop.registry.common.TableExport.Type.TEXT;

import java.util.List;

import vn.ocop.registry.certification.CertificationDtos.CertificationView;
import vn.ocop.registry.common.ExportParams.Layout;
import vn.ocop.registry.common.TableExport.Column;

/** The columns of the certification list export, with Vietnamese headers. */
final class CertificationExport {
    static final Layout<CertificationView> LAYOUT = new Layout<>("chung-nhan", "Chứng nhận", List.of(
            new Column<>("Mã", INTEGER, 8, CertificationView::id),
            new Column<>("Loại chứng nhận", TEXT, 22, c -> c.type().label),
            // Text, not a number: barcodes and certificate numbers keep their leading zeros.
            new Column<>("Số hiệu", TEXT, 20, CertificationView::number),
            new Column<>("Cơ quan cấp", TEXT, 30, CertificationView::issuer),
            new Column<>("Ngày cấp", DATE, 12, CertificationView::issuedOn),
            new Column<>("Ngày hết hạn", DATE, 12, CertificationView::expiresOn),
            new Column<>("Tình trạng", TEXT, 14, c -> c.status().label),
            new Column<>("Sản phẩm", TEXT, 36, CertificationView::productName),
            new Column<>("Chủ thể", TEXT, 40, CertificationView::producerName),
            new Column<>("Mã ĐVHC", TEXT, 9, CertificationView::districtCode),
            new Column<>("Huyện, thị xã, thành phố", TEXT, 26, CertificationView::districtName),
            new Column<>("Tệp minh chứng", TEXT, 24, c -> c.evidence() == null ? null : c.evidence().fileName()),
            new Column<>("Cập nhật lúc", DATETIME, 17, CertificationView::updatedAt),
            new Column<>("Người cập nhật", PERSON, 16, CertificationView::updatedBy)));

    private CertificationExport() {
    }
}
