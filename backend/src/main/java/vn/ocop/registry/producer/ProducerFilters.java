package vn.ocop.registry.producer;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.Page;
import vn.ocop.registry.common.PageRequest;
import vn.ocop.registry.common.QueryValues;
import vn.ocop.registry.producer.ProducerDtos.ProducerView;

/** The filters of the producer list, shared by the list and its export. */
public class ProducerFilters {
    @QueryParam("q")
    @Parameter(description = "Name search, accent-insensitive", example = "hop tac xa")
    public String q;

    @QueryParam("districtCode")
    @Parameter(description = "District-level admin-unit code", example = "845")
    public String districtCode;

    @QueryParam("type")
    @Parameter(schema = @Schema(implementation = ProducerType.class))
    public String type;

    Page<ProducerView> list(ProducerService service, PageRequest page) {
        return service.list(q, districtCode, QueryValues.enumValue("type", type, ProducerType.class), page);
    }
}
