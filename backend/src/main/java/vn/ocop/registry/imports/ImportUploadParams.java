package vn.ocop.registry.imports;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/** What an upload asks for: a check only (dry run) or the import itself. */
public class ImportUploadParams {
    @QueryParam("dryRun")
    @Parameter(description = "true: check only, write nothing and answer the report",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String dryRun;

    /** Whether only a check is asked for; a value other than true or false is a 400, never an import. */
    boolean checkOnly() {
        return Boolean.TRUE.equals(QueryValues.flag("dryRun", dryRun));
    }
}
