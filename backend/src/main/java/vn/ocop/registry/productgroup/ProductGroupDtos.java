package vn.ocop.registry.productgroup;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ProductGroupDtos {
    private ProductGroupDtos() {
    }

    @Schema(description = "A decision that defines the OCOP criteria, product groups and procedure")
    public record LegalBasisView(
            @Schema(examples = "DECISION_148_2023") String code,
            @Schema(examples = "148/QĐ-TTg") String decisionNumber,
            @Schema(examples = "Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP") String title,
            @Schema(examples = "2023-02-24") LocalDate signedOn,
            @Schema(examples = "2023-02-24") LocalDate effectiveFrom,
            @Schema(nullable = true, examples = "2026-07-20",
                    description = "Last day of the decision's legal effect; null while it has effect") LocalDate effectiveTo,
            @Schema(examples = "2023-02-24", description = "First day on which it is the basis in force: the one new "
                    + "rounds and paper decisions follow") LocalDate inForceFrom,
            @Schema(nullable = true, examples = "2025-07-05", description = "Last day on which it is the basis in force "
                    + "(148 as issued: 2025-07-05, then 148 as amended by 1489); null while in force") LocalDate inForceTo,
            @Schema(nullable = true, examples = "DECISION_148_2023",
                    description = "The basis it amends (1489 amends 148)") String amendsCode,
            @Schema(examples = "DECISION_148_2023", description = "The basis whose product sets and score sheets it "
                    + "uses: its own code, or for 1489 the 148 it amends") String criteriaBasisCode,
            @Schema(examples = "PROVINCE_COMMUNE", enumeration = {
                    "PROVINCE_DISTRICT", "PROVINCE_COMMUNE"},
                    description = "How its product codes are numbered: PROVINCE_DISTRICT (T-H-STT-year, 1048 and 148) "
                            + "or PROVINCE_COMMUNE (T-X-STT-year, 1489 and 26/2026)") String productCodeScheme){

        static LegalBasisView of(LegalBasis b) {
            return new LegalBasisView(b.code, b.decisionNumber, b.title, b.signedOn, b.effectiveFrom, b.effectiveTo,
                    b.inForceFrom, b.inForceTo, b.amendsCode, b.criteriaBasisCode, b.productCodeScheme);
        }
    }

    @Schema(description = "A product group (ngành) of one legal basis; the code is stable across decisions")
    public record ProductGroupView(
            @Schema(examples = "7") Long id,
            @Schema(examples = "DECISION_148_2023") String legalBasisCode,
            @Schema(examples = "FOOD", enumeration = {
                    "FOOD", "BEVERAGE", "HERBAL", "HANDICRAFT", "TEXTILE", "ORNAMENTAL",
                    "TOURISM"}) String code,
            @Schema(examples = "Thực phẩm") String name,
            @Schema(examples = "1") int position){

        static ProductGroupView of(ProductGroup g) {
            return new ProductGroupView(g.id, g.legalBasisCode, g.code, g.name, g.position);
        }
    }

    @Schema(description = "A product set (bộ sản phẩm): the unit that has its own score sheet")
    public record ProductSetView(
            @Schema(examples = "35") Long id,
            @Schema(examples = "DECISION_148_2023") String legalBasisCode,
            @Schema(examples = "9") int number,
            @Schema(examples = "Chế biến từ thịt, trứng, sữa") String name,
            @Schema(examples = "7") Long groupId,
            @Schema(examples = "FOOD") String groupCode,
            @Schema(examples = "Thực phẩm") String groupName,
            @Schema(nullable = true, examples = "Thực phẩm chế biến") String subgroupFamily,
            @Schema(nullable = true, examples = "Chế biến từ thịt, trứng, sữa") String subgroup,
            @Schema(nullable = true, examples = "Nông nghiệp và Môi trường") String managingMinistry) {

        public static ProductSetView of(ProductSet s) {
            return new ProductSetView(s.id, s.legalBasisCode, s.number, s.name, s.group.id, s.group.code, s.group.name,
                    s.subgroupFamily, s.subgroup, s.managingMinistry);
        }
    }

    @Schema(description = "A product set of one decision and the set of the next decision it became "
            + "(hand-written from the sets' names and groups; see the migration V111 for the sources)")
    public record ProductSetSuccessionView(
            ProductSetView from,
            ProductSetView to,
            @Schema(nullable = true, examples = "herbal teas (trà từ thực vật khác)") String note) {

        static ProductSetSuccessionView of(ProductSetSuccession s) {
            return new ProductSetSuccessionView(ProductSetView.of(s.from), ProductSetView.of(s.to), s.note);
        }
    }
}
