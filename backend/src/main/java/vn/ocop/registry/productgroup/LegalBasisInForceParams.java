package vn.ocop.registry.productgroup;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/** The day asked about by the legal-basis-in-force lookup; a bad date is a 400 naming {@code on}. */
public class LegalBasisInForceParams {
    @QueryParam("on")
    @Parameter(description = "The day (province calendar); today when absent", example = "2025-07-10",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String on;

    LocalDate on() {
        return QueryValues.date("on", on);
    }
}
