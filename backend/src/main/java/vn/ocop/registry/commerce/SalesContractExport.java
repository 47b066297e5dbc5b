package vn.ocop.registry.commerce;

import static vn.ocop.registry.common.TableExport.Type.DATE;
import static vn.ocop.registry.common.TableExport.Type.DATETIME;
import static vn.ocop.registry.common.TableExport.Type.INTEGER;
import static vn.ocop.registry.common.TableExport.Type.MONEY_VND;
import static vn.ocop.registry.common.TableExport.Type.PERSON;
import static vn.ocop.registry.common.TableExport.Type.TEXT;

import java.util.List;
import java.util.stream.Collectors;

import vn.ocop.registry.commerce.SalesContractDtos.SalesContractLineView;
import vn.ocop.registry.commerce.SalesContractDtos.SalesContractView;
import vn.ocop.registry.common.ExportParams.Layout;
import vn.ocop.registry.common.TableExport.Column;

/** The columns of the sales-contract list export, one row per contract, with Vietnamese headers. */
final class SalesContractExport {
    static final Layout<SalesContractView> LAYOUT = new Layout<>("hop-dong-tieu-thu", "Hợp đồng", List.of(
            new Column<>("Mã", INTEGER, 8, SalesContractView::id),
            new Column<>("Số hợp đồng", TEXT, 22, SalesContractView::number),
            new Column<>("Đối tác", TEXT, 36, SalesContractView::partnerName),
            new Column<>("Chủ thể", TEXT, 36, SalesContractView::producerName),
            new Column<>("Mã ĐVHC", TEXT, 9, SalesContractView::districtCode),
            new Column<>("Huyện, thị xã, thành phố", TEXT, 26, SalesContractView::districtName),
            new Column<>("Sản phẩm", TEXT, 50, SalesContractExport::productNames),
            new Column<>("Ngày ký", DATE, 12, SalesContractView::signedOn),
            new Column<>("Hiệu lực từ", DATE, 12, SalesContractView::startsOn),
            new Column<>("Hiệu lực đến", DATE, 12, SalesContractView::endsOn),
            new Column<>("Giá trị (đồng)", MONEY_VND, 18, SalesContractView::totalValueVnd),
            new Column<>("Trạng thái", TEXT, 14, c -> c.status().label),
            new Column<>("Cập nhật lúc", DATETIME, 17, SalesContractView::updatedAt),
            new Column<>("Người cập nhật", PERSON, 16, SalesContractView::updatedBy)));

    private SalesContractExport() {
    }

    /** The products of the lines in line order, each once. */
    static String productNames(SalesContractView c) {
        return c.lines().stream().map(SalesContractLineView::productName).distinct().collect(Collectors.joining("; "));
    }
}
