package vn.ocop.registry.common;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The contract's schema of a query filter that names a record by its id, as {@link QueryValues#id} parses it: a
 * positive whole number. Filters point at it with {@code @Parameter(schema = @Schema(implementation = RecordId.class))}.
 */
@Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", description = "A record's id")
public final class RecordId {
    private RecordId() {
    }
}
