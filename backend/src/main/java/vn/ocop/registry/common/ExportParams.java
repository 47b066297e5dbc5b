package vn.ocop.registry.common;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters a list export takes besides the list's own filters, and the download they
 * lead to. The rows come from the list's own service method, so an export keeps the list's
 * district scope and personal-data rules.
 */
public class ExportParams {
    @QueryParam("format")
    @DefaultValue("XLSX")
    @Parameter(description = "XLSX or CSV", schema = @Schema(implementation = ExportFormat.class))
    public String format;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields, '-' for descending, as for the list",
            schema = @Schema(type = SchemaType.STRING, maxLength = PageParams.MAX_SORT_LENGTH))
    public String sort;

    /** What a feature exports: the file's base name, the sheet's name and the columns. */
    public record Layout<T>(String fileName, String sheetName, List<TableExport.Column<T>> columns) {
    }

    /**
     * Every row {@code list} gives for the requested order (up to {@link TableExport#MAX_ROWS}), as a download.
     * The format and order are checked before anything is read.
     */
    public <T> Response download(Layout<T> layout, Map<String, String> sortable, String defaultSort,
            Function<PageRequest, Page<T>> list) {
        ExportFormat parsed = QueryValues.enumValue("format", format, ExportFormat.class, ExportFormat.XLSX);
        PageParams order = new PageParams();
        order.sort = sort;
        PageRequest all = order.resolve(sortable, defaultSort).forExport();
        return TableExport.download(parsed, layout.fileName(), layout.sheetName(),
                layout.columns(), list.apply(all).items());
    }
}
