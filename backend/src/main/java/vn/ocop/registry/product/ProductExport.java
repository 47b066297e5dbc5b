package vn.ocop.registry.product;

import static vn.ocop.registry.common.TableExport.Type.DATETIME;
import static vn.ocop.registry.common.TableExport.Type.INTEGER;
import static vn.ocop.registry.common.TableExport.Type.PERSON;
import static vn.ocop.registry.common.TableExport.Type.TEXT;

import java.util.List;

import vn.ocop.registry.common.ExportParams.Layout;
import vn.ocop.registry.common.TableExport.Column;
import vn.ocop.registry.product.ProductDtos.ProductView;

/** The columns of the product list export, with Vietnamese headers. */
final class ProductExport {
    static final Layout<ProductView> LAYOUT = new Layout<>("san-pham-ocop", "Sản phẩm", List.of(
            new Column<>("Mã", INTEGER, 8, ProductView::id),
            new Column<>("Tên sản phẩm", TEXT, 40, ProductView::name),
            new Column<>("Chủ thể", TEXT, 40, ProductView::producerName),
            new Column<>("Mã ĐVHC", TEXT, 9, ProductView::districtCode),
            new Column<>("Huyện, thị xã, thành phố", TEXT, 26, ProductView::districtName),
            new Column<>("Nhóm sản phẩm", TEXT, 24, ProductView::groupName),
            new Column<>("Bộ sản phẩm số", INTEGER, 8, ProductView::productSetNumber),
            new Column<>("Bộ sản phẩm", TEXT, 36, ProductView::productSetName),
            new Column<>("Năm tham gia", INTEGER, 10, ProductView::yearEntered),
            new Column<>("Tình trạng sản xuất", TEXT, 16, p -> p.status().label),
            new Column<>("Hạng sao OCOP", INTEGER, 10, ProductView::currentStars),
            new Column<>("Giấy chứng nhận OCOP", TEXT, 16,
                    p -> p.certificateStatus() == null ? null : p.certificateStatus().label),
            new Column<>("Mô tả", TEXT, 50, ProductView::description),
            new Column<>("Cập nhật lúc", DATETIME, 17, ProductView::updatedAt),
            new Column<>("Người cập nhật", PERSON, 16, ProductView::updatedBy)));

    private ProductExport() {
    }
}
