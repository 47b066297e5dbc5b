package vn.ocop.registry.producer;

import static vn.ocop.registry.common.TableExport.Type.DATETIME;
import static vn.ocop.registry.common.TableExport.Type.INTEGER;
import static vn.ocop.registry.common.TableExport.Type.PERSON;
import static vn.ocop.registry.common.TableExport.Type.TEXT;

import java.util.List;

import vn.ocop.registry.common.ExportParams.Layout;
import vn.ocop.registry.common.TableExport.Column;
import vn.ocop.registry.producer.ProducerDtos.ProducerView;

/** The columns of the producer list export, with Vietnamese headers. */
final class ProducerExport {
    static final Layout<ProducerView> LAYOUT = new Layout<>("co-so-ocop", "Cơ sở", List.of(
            new Column<>("Mã", INTEGER, 8, ProducerView::id),
            new Column<>("Tên cơ sở", TEXT, 45, ProducerView::name),
            new Column<>("Loại hình", TEXT, 16, p -> p.type().label),
            new Column<>("Mã số thuế", TEXT, 16, ProducerView::taxCode),
            new Column<>("Người đại diện", TEXT, 24, ProducerView::representative),
            new Column<>("Điện thoại", TEXT, 14, ProducerView::phone),
            new Column<>("Email", TEXT, 26, ProducerView::email),
            new Column<>("Địa chỉ", TEXT, 40, ProducerView::address),
            new Column<>("Mã ĐVHC", TEXT, 9, ProducerView::districtCode),
            new Column<>("Huyện, thị xã, thành phố", TEXT, 26, ProducerView::districtName),
            new Column<>("Xã, phường đăng ký", TEXT, 26, p -> p.commune() == null ? null : p.commune().name()),
            new Column<>("Mã xã hiện nay", TEXT, 9, p -> p.communeToday() == null ? null : p.communeToday().code()),
            new Column<>("Xã, phường hiện nay", TEXT, 26, p -> p.communeToday() == null ? null : p.communeToday().name()),
            new Column<>("Cập nhật lúc", DATETIME, 17, ProducerView::updatedAt),
            new Column<>("Người cập nhật", PERSON, 16, ProducerView::updatedBy)));

    private ProducerExport() {
    }
}
