package vn.ocop.registry.catalogue;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.ocop.registry.common.QueryValues;

/** The query parameters of a certificate's PNG QR code, parsed so that a bad value is a 400 naming it. */
public class QrCodeParams {
    private static final int DEFAULT_SCALE = 8;

    @QueryParam("scale")
    @Parameter(description = "Pixels per module, 1–40", example = "8",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "40",
                    defaultValue = "" + DEFAULT_SCALE))
    public String scale;

    int scale() {
        Integer s = QueryValues.integer("scale", scale, 1, 40);
        return s == null ? DEFAULT_SCALE : s;
    }
}
