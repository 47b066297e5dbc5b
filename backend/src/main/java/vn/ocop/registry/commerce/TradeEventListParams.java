package vn.ocop.registry.commerce;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/**
 * The query filters of the trade-event list; {@link #parse} turns them into the typed filter, a bad value being a 400
 * naming the parameter.
 */
public class TradeEventListParams {
    @QueryParam("year")
    @Parameter(description = "Year the event starts in", example = "2019",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1900", maximum = "2200"))
    public String year;

    @QueryParam("kind")
    @Parameter(schema = @Schema(implementation = TradeEventKind.class))
    public String kind;

    @QueryParam("q")
    @Parameter(description = "Name search, accent-insensitive", example = "hoi cho")
    public String q;

    @QueryParam("hostProvince")
    @Parameter(description = "Host province, accent-insensitive", example = "bac lieu")
    public String hostProvince;

    @QueryParam("updatedSince")
    @Parameter(description = QueryValues.UPDATED_SINCE, example = QueryValues.UPDATED_SINCE_EXAMPLE,
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String updatedSince;

    TradeEventFilter parse() {
        return new TradeEventFilter(QueryValues.yearStart("year", year),
                QueryValues.enumValue("kind", kind, TradeEventKind.class), q, hostProvince,
                QueryValues.instant("updatedSince", updatedSince));
    }
}
